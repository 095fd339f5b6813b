/// The byte-level RFC 4180 state machine behind ``CSVReader``.
///
/// A record becomes one `String` holding its raw text (delimiters and quotes included) plus the
/// start and end offset of each field's content in it: one allocation and one validation per
/// record rather than per field. The raw bytes are copied only at a chunk boundary or to drop the
/// second quote of a doubled pair; otherwise the record's `String` is made straight from the
/// chunk. UTF-8 is validated in the same pass so errors can name their exact place.
struct CSVScanner: Sendable {
  enum Source: Sendable {
    case memory
    case file(ChunkedFile, chunkSize: Int)
  }

  struct RawRecord {
    var text: String
    /// Start and end UTF-8 offsets into `text`, two per field.
    var fieldBounds: [Int]
    var line: Int
    var fieldCount: Int { fieldBounds.count / 2 }
  }

  private enum FieldState: UInt8 {
    case start
    case unquoted
    case quoted
    case afterQuote
  }

  private static let quote = UInt8(ascii: "\"")
  private static let carriageReturn = UInt8(ascii: "\r")
  private static let lineFeed = UInt8(ascii: "\n")

  private let source: Source
  private let delimiter: UInt8

  private var chunk: [UInt8]
  private var chunkEnd: Int
  private var chunkBase = 0
  private var position: Int
  private var fileOffset = 0
  private var endOfInput: Bool
  private var done = false

  private var state = FieldState.start
  private var recordBytes: [UInt8] = []
  private var fieldBounds: [Int] = []
  private var fieldStart = 0
  private var closingQuote = 0
  private var line = 1
  private var lineStart: Int
  private var recordLine = 1
  private var previousWasCR = false
  private var quoteLine = 0
  private var quoteColumn = 0
  private var utf8Needed = 0
  private var utf8Low: UInt8 = 0x80
  private var utf8High: UInt8 = 0xBF
  private var utf8Start = 0

  private static func byteOrderMarkLength(_ bytes: some Collection<UInt8>) -> Int {
    bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
  }

  init(bytes: [UInt8], delimiter: UInt8) {
    source = .memory
    self.delimiter = delimiter
    chunk = bytes
    chunkEnd = bytes.count
    endOfInput = true
    position = Self.byteOrderMarkLength(bytes)
    lineStart = position
  }

  init(file: ChunkedFile, chunkSize: Int, delimiter: UInt8) throws(CSVError) {
    source = .file(file, chunkSize: chunkSize)
    self.delimiter = delimiter
    var prefix = [UInt8](repeating: 0, count: 3)
    switch file.read(into: &prefix, at: 0) {
    case .failed(let code): throw CSVError(.cannotReadFile(errno: code), line: 1, column: 1)
    case .bytes(let count): fileOffset = Self.byteOrderMarkLength(prefix.prefix(count))
    }
    chunk = []
    chunkEnd = 0
    position = 0
    chunkBase = fileOffset
    endOfInput = false
    lineStart = fileOffset
  }

  /// Returns the next record's fields and starting line, or `nil` at the end of the input.
  mutating func nextRecord(skippingBlankLines: Bool) throws(CSVError) -> RawRecord? {
    guard !done else { return nil }
    while true {
      if position >= chunkEnd {
        if endOfInput {
          done = true
          return try finishInput()
        }
        try refill()
        continue
      }
      let bytes = chunk
      let record = try bytes.withUnsafeBufferPointer { buffer throws(CSVError) in
        try scan(buffer, skippingBlankLines: skippingBlankLines)
      }
      if let record { return record }
    }
  }

  private mutating func refill() throws(CSVError) {
    guard case .file(let file, let chunkSize) = source else {
      endOfInput = true
      return
    }
    if chunk.count != chunkSize { chunk = [UInt8](repeating: 0, count: chunkSize) }
    switch file.read(into: &chunk, at: fileOffset) {
    case .failed(let code):
      throw CSVError(.cannotReadFile(errno: code), line: line, column: fileOffset - lineStart + 1)
    case .bytes(let count):
      chunkBase = fileOffset
      fileOffset += count
      position = 0
      chunkEnd = count
      if count == 0 { endOfInput = true }
    }
  }

  private func column(_ index: Int) -> Int { chunkBase + index - lineStart + 1 }

  /// Fails once a field of `length` bytes passes ``CSVReader/maximumFieldBytes``.
  private func checkField(length: Int, at index: Int) throws(CSVError) {
    let limit = CSVReader.maximumFieldBytes
    if length > limit { throw error(.fieldTooLong(limit: limit), at: index) }
  }

  /// Fails once a record of `length` bytes passes ``CSVReader/maximumRecordBytes``.
  private func checkRecord(length: Int, at index: Int) throws(CSVError) {
    let limit = CSVReader.maximumRecordBytes
    if length > limit { throw error(.recordTooLong(limit: limit), at: index) }
  }

  private func error(_ rule: CSVError.Rule, at index: Int) -> CSVError {
    CSVError(rule, line: line, column: column(index))
  }

  /// Counts a line ending at `index`; an LF straight after a CR belongs to the same ending.
  private mutating func endLine(carriageReturn: Bool, at index: Int) {
    if carriageReturn || !previousWasCR { line += 1 }
    lineStart = chunkBase + index + 1
    previousWasCR = carriageReturn
  }

  /// Checks the first byte of a multi-byte UTF-8 sequence and sets the range its next byte needs.
  private mutating func beginScalar(_ byte: UInt8, at index: Int) throws(CSVError) {
    guard let lead = UTF8Sequence.lead(byte) else { throw error(.invalidUTF8, at: index) }
    utf8Needed = lead.continuations
    utf8Low = lead.second.lowerBound
    utf8High = lead.second.upperBound
    utf8Start = chunkBase + index
  }

  /// Ends the record at `buffer[end]`: its text is the bytes already copied plus the pending run.
  private mutating func takeRecord(
    _ buffer: UnsafeBufferPointer<UInt8>, run: Int, end: Int
  ) -> RawRecord {
    let text: String
    if recordBytes.isEmpty {
      text = String(decoding: UnsafeBufferPointer(rebasing: buffer[run..<end]), as: UTF8.self)
    } else {
      recordBytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[run..<end]))
      text = String(decoding: recordBytes, as: UTF8.self)
      recordBytes.removeAll(keepingCapacity: true)
    }
    let record = RawRecord(text: text, fieldBounds: fieldBounds, line: recordLine)
    fieldBounds = []
    fieldBounds.reserveCapacity(record.fieldBounds.count)
    recordLine = line
    return record
  }

  /// Closes the record's last field (offsets into the record's text) at the line end `byte`
  /// found at `index`, and hands the record over.
  private mutating func finishRecord(
    fieldStart start: Int, fieldEnd end: Int, lineEnd byte: UInt8, at index: Int,
    _ buffer: UnsafeBufferPointer<UInt8>, run: Int
  ) -> RawRecord {
    fieldBounds.append(start)
    fieldBounds.append(end)
    endLine(carriageReturn: byte == Self.carriageReturn, at: index)
    state = .start
    position = index + 1
    return takeRecord(buffer, run: run, end: index)
  }

  // The hot loop: one pass per byte, with the state kept in locals while scanning.
  private mutating func scan(
    _ buffer: UnsafeBufferPointer<UInt8>, skippingBlankLines: Bool
  ) throws(CSVError) -> RawRecord? {
    let end = chunkEnd
    let delimiter = self.delimiter
    var index = position
    var state = self.state
    // Bytes from `run` on are part of the record text but not yet copied to `recordBytes`; the
    // record-text offset of `buffer[j]` is `recordBytes.count + j - run`.
    var run = index

    while index < end {
      if utf8Needed > 0 {
        let byte = buffer[index]
        guard byte >= utf8Low, byte <= utf8High else {
          throw CSVError(.invalidUTF8, line: line, column: utf8Start - lineStart + 1)
        }
        utf8Needed -= 1
        utf8Low = 0x80
        utf8High = 0xBF
        index += 1
        continue
      }
      if state == .unquoted || state == .quoted {
        // Fast path: skip plain ASCII content up to the next byte that could matter.
        let contentStart = index
        while index < end {
          let byte = buffer[index]
          if byte >= 0x80 || byte == delimiter || byte == Self.quote
            || byte == Self.carriageReturn || byte == Self.lineFeed
          {
            break
          }
          index += 1
        }
        if index != contentStart { previousWasCR = false }
        if index == end { break }
      }
      let byte = buffer[index]
      let offset = recordBytes.count + index - run
      let isLineEnd = byte == Self.carriageReturn || byte == Self.lineFeed
      switch state {
      case .quoted:
        if byte == Self.quote {
          state = .afterQuote
          closingQuote = offset
          previousWasCR = false
        } else if isLineEnd {
          endLine(carriageReturn: byte == Self.carriageReturn, at: index)
        } else {
          previousWasCR = false
          if byte >= 0x80 { try beginScalar(byte, at: index) }
        }

      case .unquoted:
        if byte == delimiter || isLineEnd {
          try checkField(length: offset - fieldStart, at: index)
          try checkRecord(length: offset, at: index)
        }
        if byte == delimiter {
          fieldBounds.append(fieldStart)
          fieldBounds.append(offset)
          state = .start
        } else if isLineEnd {
          return finishRecord(
            fieldStart: fieldStart, fieldEnd: offset, lineEnd: byte, at: index, buffer, run: run)
        } else if byte == Self.quote {
          throw error(.quoteInUnquotedField, at: index)
        } else if byte >= 0x80 {
          try beginScalar(byte, at: index)
        }

      case .start:
        if byte == delimiter {
          try checkRecord(length: offset, at: index)
          fieldBounds.append(offset)
          fieldBounds.append(offset)
          previousWasCR = false
        } else if byte == Self.quote {
          state = .quoted
          fieldStart = offset + 1
          quoteLine = line
          quoteColumn = column(index)
          previousWasCR = false
        } else if isLineEnd {
          if fieldBounds.isEmpty, byte == Self.lineFeed, previousWasCR {
            // The LF of a CRLF whose CR already ended the line.
            previousWasCR = false
            lineStart = chunkBase + index + 1
            if !recordBytes.isEmpty { recordBytes.removeAll(keepingCapacity: true) }
            run = index + 1
          } else if fieldBounds.isEmpty, skippingBlankLines {
            endLine(carriageReturn: byte == Self.carriageReturn, at: index)
            recordLine = line
            if !recordBytes.isEmpty { recordBytes.removeAll(keepingCapacity: true) }
            run = index + 1
          } else {
            return finishRecord(
              fieldStart: offset, fieldEnd: offset, lineEnd: byte, at: index, buffer, run: run)
          }
        } else {
          if byte >= 0x80 { try beginScalar(byte, at: index) }
          state = .unquoted
          fieldStart = offset
          previousWasCR = false
        }

      case .afterQuote:
        if byte == delimiter || isLineEnd {
          try checkField(length: closingQuote - fieldStart, at: index)
          try checkRecord(length: offset, at: index)
        }
        if byte == Self.quote {
          // A doubled quote: keep the first (already in the text), drop this one.
          recordBytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[run..<index]))
          run = index + 1
          state = .quoted
        } else if byte == delimiter {
          fieldBounds.append(fieldStart)
          fieldBounds.append(closingQuote)
          state = .start
        } else if isLineEnd {
          return finishRecord(
            fieldStart: fieldStart, fieldEnd: closingQuote, lineEnd: byte, at: index, buffer,
            run: run)
        } else {
          throw error(.characterAfterClosingQuote, at: index)
        }
      }
      index += 1
    }

    // The chunk is used up: keep the unfinished record's bytes for the next chunk, within the
    // caps (a file of endless bytes stops here).
    if run < end {
      recordBytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[run..<end]))
    }
    switch state {
    case .unquoted, .quoted: try checkField(length: recordBytes.count - fieldStart, at: end - 1)
    case .afterQuote: try checkField(length: closingQuote - fieldStart, at: end - 1)
    case .start: break
    }
    try checkRecord(length: recordBytes.count, at: end - 1)
    self.state = state
    position = end
    return nil
  }

  private mutating func finishInput() throws(CSVError) -> RawRecord? {
    if utf8Needed > 0 {
      throw CSVError(.invalidUTF8, line: line, column: utf8Start - lineStart + 1)
    }
    let offset = recordBytes.count
    switch state {
    case .quoted:
      throw CSVError(.unterminatedQuotedField, line: quoteLine, column: quoteColumn)
    case .unquoted:
      fieldBounds.append(fieldStart)
      fieldBounds.append(offset)
    case .afterQuote:
      fieldBounds.append(fieldStart)
      fieldBounds.append(closingQuote)
    case .start:
      guard !fieldBounds.isEmpty else { return nil }
      fieldBounds.append(offset)
      fieldBounds.append(offset)
    }
    state = .start
    let record = RawRecord(
      text: String(decoding: recordBytes, as: UTF8.self), fieldBounds: fieldBounds,
      line: recordLine)
    recordBytes = []
    fieldBounds = []
    return record
  }
}
