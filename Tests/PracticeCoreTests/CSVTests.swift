import Foundation
import PracticeCore
import Testing

// MARK: - Helpers

private func noHeader(
  uniform: Bool = false, skipsBlankLines: Bool = true, delimiter: CSVDelimiter = .comma
) -> CSVReader.Options {
  CSVReader.Options(
    delimiter: delimiter, hasHeader: false, requiresUniformWidth: uniform,
    skipsBlankLines: skipsBlankLines)
}

private func rows(_ text: String, _ options: CSVReader.Options = noHeader()) throws -> [[String]] {
  var reader = CSVReader(string: text, options: options)
  return try reader.readAll().map(\.fields)
}

private func lines(_ text: String, _ options: CSVReader.Options = noHeader()) throws -> [Int] {
  var reader = CSVReader(string: text, options: options)
  return try reader.readAll().map(\.line)
}

private func failure(_ bytes: [UInt8], _ options: CSVReader.Options = noHeader()) -> CSVError? {
  var reader = CSVReader(bytes: bytes, options: options)
  do {
    _ = try reader.readAll()
    return nil
  } catch {
    return error
  }
}

private func failure(_ text: String, _ options: CSVReader.Options = noHeader()) -> CSVError? {
  failure(Array(text.utf8), options)
}

private func temporaryFile(_ bytes: [UInt8]) throws -> String {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("csv-test-\(UUID().uuidString).csv")
  try Data(bytes).write(to: url)
  return url.path
}

/// SplitMix64: a tiny deterministic generator so the random round trip is reproducible.
private struct SplitMix64 {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

// MARK: - Reading

@Suite("CSV reader")
struct CSVReaderTests {
  @Test("RFC 4180 section 2 examples")
  func rfcExamples() throws {
    #expect(
      try rows("aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n") == [
        ["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"],
      ])
    #expect(
      try rows("aaa,bbb,ccc\r\nzzz,yyy,xxx") == [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]])
    #expect(
      try rows("\"aaa\",\"bbb\",\"ccc\"\r\nzzz,yyy,xxx") == [
        ["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"],
      ])
    #expect(
      try rows("\"aaa\",\"b\r\nbb\",\"ccc\"\r\nzzz,yyy,xxx")
        == [["aaa", "b\r\nbb", "ccc"], ["zzz", "yyy", "xxx"]])
    #expect(try rows("\"aaa\",\"b\"\"bb\",\"ccc\"") == [["aaa", "b\"bb", "ccc"]])

    var reader = CSVReader(string: "field_name,field_name2\r\naaa,bbb\r\nzzz,yyy\r\n")
    let records = try reader.readAll()
    #expect(reader.header?.names == ["field_name", "field_name2"])
    #expect(records.map(\.fields) == [["aaa", "bbb"], ["zzz", "yyy"]])
    #expect(records.map(\.line) == [2, 3])
  }

  @Test("A UTF-8 byte-order mark at the start is skipped, and columns start after it")
  func byteOrderMark() throws {
    #expect(try rows("\u{FEFF}a,b\nc,d") == [["a", "b"], ["c", "d"]])
    #expect(try rows("\u{FEFF}") == [])
    // Only at the very start: elsewhere U+FEFF is ordinary text.
    #expect(try rows("a,\u{FEFF}b") == [["a", "\u{FEFF}b"]])
    var reader = CSVReader(string: "\u{FEFF} CHILD ,SEX\n1,2")
    #expect(try reader.next()?["CHILD"] == "1")
    #expect(failure("\u{FEFF}ab\"c") == CSVError(.quoteInUnquotedField, line: 1, column: 3))
  }

  @Test(
    "CRLF, LF, lone CR and mixtures all end records",
    arguments: [
      "a,b\r\nc,d\r\ne,f\r\n", "a,b\nc,d\ne,f\n", "a,b\rc,d\re,f\r", "a,b\r\nc,d\ne,f\r",
      "a,b\rc,d\r\ne,f", "a,b\nc,d\re,f\n",
    ])
  func lineEndings(text: String) throws {
    #expect(try rows(text) == [["a", "b"], ["c", "d"], ["e", "f"]])
    #expect(try lines(text) == [1, 2, 3])
  }

  @Test("Quoted fields keep delimiters, doubled quotes and line breaks")
  func quotedFields() throws {
    #expect(try rows("\"a,b\",c") == [["a,b", "c"]])
    #expect(try rows("\"\",x") == [["", "x"]])
    #expect(try rows("\"\"\"\"") == [["\""]])
    #expect(try rows("\"say \"\"hi\"\"\"") == [["say \"hi\""]])
    #expect(try rows("\"a\rb\",\"c\nd\",\"e\r\nf\"") == [["a\rb", "c\nd", "e\r\nf"]])
    #expect(try rows("\"\"") == [[""]])
    #expect(try rows("x,\"\"") == [["x", ""]])
    #expect(try rows(" a , b ") == [[" a ", " b "]])
    #expect(try rows("é,\"😀\",日本") == [["é", "😀", "日本"]])
  }

  @Test("Line numbers after fields with embedded line breaks count physical lines")
  func lineNumbersAfterEmbeddedNewlines() throws {
    let text = "a,\"1\r\n2\r3\n4\"\nb,c\r\n\"x\ny\",z\nd,e"
    #expect(try lines(text) == [1, 5, 6, 8])
    // An error after a multi-line field names the physical line and byte column.
    #expect(
      failure("a,\"1\r\n2\r3\n4\"\nb,c\"d") == CSVError(.quoteInUnquotedField, line: 5, column: 4))
    #expect(failure("a,\"x\ny\"z") == CSVError(.characterAfterClosingQuote, line: 2, column: 3))
  }

  @Test(
    "Each error names its rule, line and byte column",
    arguments: [
      ("a,b\nc,d\"e\n", CSVError(.quoteInUnquotedField, line: 2, column: 4)),
      ("ab\"", CSVError(.quoteInUnquotedField, line: 1, column: 3)),
      ("\"a\"x,b", CSVError(.characterAfterClosingQuote, line: 1, column: 4)),
      ("a\n\"a\" ,b", CSVError(.characterAfterClosingQuote, line: 2, column: 4)),
      ("a\n\"bc", CSVError(.unterminatedQuotedField, line: 2, column: 1)),
      ("a\nb,\"c\nd", CSVError(.unterminatedQuotedField, line: 2, column: 3)),
      ("\"", CSVError(.unterminatedQuotedField, line: 1, column: 1)),
      ("a\r\n\r\nb,\"x\"\"", CSVError(.unterminatedQuotedField, line: 3, column: 3)),
    ])
  func errorPositions(text: String, expected: CSVError) {
    #expect(failure(text) == expected)
  }

  @Test(
    "Invalid UTF-8 is rejected at the start of the bad sequence",
    arguments: [
      ([0x61, 0x2C, 0xFF], 1, 3),  // byte that never appears in UTF-8
      ([0x61, 0x0A, 0x62, 0xC3], 2, 2),  // truncated at end of input
      ([0xC3, 0x2C, 0x62], 1, 1),  // truncated by a delimiter
      ([0xC0, 0x80], 1, 1),  // overlong encoding of NUL
      ([0xE0, 0x80, 0x80], 1, 1),  // overlong three-byte form
      ([0x61, 0xED, 0xA0, 0x80], 1, 2),  // UTF-16 surrogate
      ([0xF4, 0x90, 0x80, 0x80], 1, 1),  // above U+10FFFF
      ([0x22, 0x61, 0x0A, 0x62, 0x80, 0x22], 2, 2),  // lone continuation byte, inside quotes
      ([0x61, 0x80], 1, 2),  // lone continuation byte
    ] as [([UInt8], Int, Int)])
  func invalidUTF8(bytes: [UInt8], line: Int, column: Int) {
    #expect(failure(bytes) == CSVError(.invalidUTF8, line: line, column: column))
  }

  @Test("Every valid UTF-8 length is accepted")
  func validUTF8() throws {
    let text = "A,\u{E9},\u{20AC},\u{1F600},\u{10FFFF},\u{D7FF},\u{E000}"
    var reader = CSVReader(bytes: Array(text.utf8), options: noHeader())
    #expect(try reader.next()?.fields == text.split(separator: ",").map(String.init))
  }

  @Test("Header lookup by name, trimmed names, and safe out-of-range access")
  func headerLookup() throws {
    var reader = CSVReader(string: "CHILD, SEX ,\tDOB\n101,1,01/02/2015\n102,2,03/04/2016\n")
    let header = try #require(try reader.readHeader())
    #expect(header.names == ["CHILD", "SEX", "DOB"])
    #expect(header.index(of: "DOB") == 2)
    let first = try #require(try reader.next())
    #expect(first["CHILD"] == "101")
    #expect(first["SEX"] == "1")
    #expect(first[" SEX "] == nil)
    #expect(first["child"] == nil)
    #expect(first[2] == "01/02/2015")
    #expect(first[3] == nil)
    #expect(first[-1] == nil)
    #expect(first.count == 3)
    #expect(first.line == 2)
    #expect(try reader.next()?["DOB"] == "03/04/2016")
    #expect(try reader.next() == nil)

    var plain = CSVReader(string: "CHILD\n1", options: noHeader())
    let record = try #require(try plain.next())
    #expect(record["CHILD"] == nil)
    #expect(record.header == nil)
    #expect(CSVHeader(names: ["a", " a"]) == nil)
  }

  @Test("Records compare by field values, not by how the source quoted them")
  func recordEquality() throws {
    var quoted = CSVReader(string: "\"a\",\"b\"\"c\",\"\"", options: noHeader())
    var plain = CSVReader(string: "a,\"b\"\"c\",", options: noHeader())
    let first = try #require(try quoted.next())
    let second = try #require(try plain.next())
    #expect(first == second)
    #expect(first.hashValue == second.hashValue)
    #expect(first == CSVRecord(fields: ["a", "b\"c", ""], line: 1))
    #expect(first != CSVRecord(fields: ["a", "b\"c", ""], line: 2))
    #expect(first != CSVRecord(fields: ["a", "b\"c"], line: 1))
    #expect(first != CSVRecord(fields: ["a", "bc", ""], line: 1))
    #expect(CSVRecord(fields: ["ab", ""], line: 1) != CSVRecord(fields: ["a", "b"], line: 1))
    #expect(CSVRecord(fields: ["é", "😀"], line: 3).fields == ["é", "😀"])
  }

  @Test("Header-only input, and readHeader without the header option")
  func headerOnly() throws {
    var reader = CSVReader(string: "A,B\r\n")
    #expect(try reader.next() == nil)
    #expect(reader.header?.names == ["A", "B"])
    var plain = CSVReader(string: "A,B", options: noHeader())
    #expect(try plain.readHeader() == nil)
    #expect(try plain.next()?.fields == ["A", "B"])
  }

  @Test("Duplicate header names are an error naming both columns")
  func duplicateHeader() {
    #expect(
      failure("a, b ,c,b\n1,2,3,4", CSVReader.Options())
        == CSVError(.duplicateHeaderName(firstField: 2, secondField: 4), line: 1, column: 1))
    #expect(
      failure("\n\nx,x\n", CSVReader.Options())
        == CSVError(.duplicateHeaderName(firstField: 1, secondField: 2), line: 3, column: 1))
  }

  @Test("Records must match the header width when uniform width is required")
  func widthMismatch() throws {
    let text = "A,B,C\n1,2,3\n4,5\n"
    #expect(
      failure(text, CSVReader.Options())
        == CSVError(.fieldCountMismatch(expected: 3, found: 2), line: 3, column: 1))
    #expect(
      failure("A\n1,2", CSVReader.Options())
        == CSVError(.fieldCountMismatch(expected: 1, found: 2), line: 2, column: 1))
    // Without a header, the first record sets the width.
    #expect(
      failure("1,2\n3,4\n\"5\n\",6,7", noHeader(uniform: true))
        == CSVError(.fieldCountMismatch(expected: 2, found: 3), line: 3, column: 1))
    // Without the rule, ragged records are read as they are.
    #expect(
      try rows("A,B,C\n1,2\n3,4,5,6", CSVReader.Options(requiresUniformWidth: false)) == [
        ["1", "2"], ["3", "4", "5", "6"],
      ])
  }

  @Test("Empty input, a single field, and trailing delimiters")
  func smallInputs() throws {
    #expect(try rows("") == [])
    var headed = CSVReader(string: "")
    #expect(try headed.next() == nil)
    #expect(headed.header == nil)
    #expect(try rows("x") == [["x"]])
    #expect(try rows("x\n") == [["x"]])
    #expect(try rows("a,b,\n") == [["a", "b", ""]])
    #expect(try rows("a,b,") == [["a", "b", ""]])
    #expect(try rows(",") == [["", ""]])
    #expect(try rows(",\r\n,") == [["", ""], ["", ""]])
    #expect(try rows("\"a\",") == [["a", ""]])
  }

  @Test("Blank lines are skipped by default, and read as one empty field on request")
  func blankLines() throws {
    let text = "a\n\n\r\nb\r\r\nc\n\n"
    #expect(try rows(text) == [["a"], ["b"], ["c"]])
    #expect(try lines(text) == [1, 4, 6])
    let keep = noHeader(skipsBlankLines: false)
    #expect(try rows(text, keep) == [["a"], [""], [""], ["b"], [""], ["c"], [""]])
    #expect(try lines(text, keep) == [1, 2, 3, 4, 5, 6, 7])
    // A final line ending never adds a record.
    #expect(try rows("a\n", keep) == [["a"]])
    #expect(try rows("", keep) == [])
  }

  @Test("Other delimiters")
  func delimiters() throws {
    #expect(try rows("a;b,c;\"d;e\"", noHeader(delimiter: .semicolon)) == [["a", "b,c", "d;e"]])
    #expect(try rows("a\tb\n\"\t\"\tc", noHeader(delimiter: .tab)) == [["a", "b"], ["\t", "c"]])
    #expect(CSVDelimiter("|") == .pipe)
    #expect(CSVDelimiter("\"") == nil)
    #expect(CSVDelimiter("\n") == nil)
    #expect(CSVDelimiter("\r") == nil)
    #expect(CSVDelimiter("é") == nil)
  }

  @Test("Generic byte sequences are accepted")
  func byteSequences() throws {
    var reader = CSVReader(bytes: "a,b\nc,d".utf8, options: noHeader())
    #expect(try reader.readAll().map(\.fields) == [["a", "b"], ["c", "d"]])
  }

  @Test("Results ends after the first error, and the reader is finished after it")
  func resultsSequence() throws {
    let reader = CSVReader(string: "a\nb\"\nc", options: noHeader())
    let results = Array(reader.results)
    #expect(results.count == 2)
    #expect(try results[0].get().fields == ["a"])
    #expect(throws: CSVError(.quoteInUnquotedField, line: 2, column: 2)) { try results[1].get() }

    var direct = CSVReader(string: "a\nb\"\nc", options: noHeader())
    _ = try direct.next()
    #expect(throws: CSVError.self) { try direct.next() }
    #expect(try direct.next() == nil)
  }

  @Test("Error descriptions name the place and rule but never the data")
  func descriptionsHideData() {
    let secret = "Smith"
    let inputs = [
      "\(secret)\"x", "\"\(secret)\"x", "\"\(secret)", "A,B\n\(secret)",
      "\(secret),\(secret)\n1,2",
    ]
    for input in inputs {
      let options = CSVReader.Options(hasHeader: input.hasPrefix("A") || input.contains("\n1"))
      let error = failure(input, options)
      let description = error?.description ?? ""
      #expect(!description.isEmpty)
      #expect(!description.contains(secret))
      #expect(description.contains("Line"))
    }
    let bad = failure([0x53, 0x6D, 0xFF]).map(String.init(describing:)) ?? ""
    #expect(bad.contains("UTF-8") && !bad.contains("Sm"))
  }
}

// MARK: - Files

@Suite("CSV reader streaming from files")
struct CSVFileTests {
  @Test("A file larger than a chunk, with a quoted field across the chunk boundary")
  func chunkBoundary() throws {
    let chunk = CSVReader.defaultChunkSize
    var text = "CHILD,NOTE\r\n"
    var row = 0
    while text.utf8.count < chunk - 20 {
      row += 1
      text += "\(row),plain\r\n"
    }
    // This quoted field starts before byte `chunk` and ends after it, with a doubled quote and
    // a CRLF inside, then more rows follow so the file is well over one chunk.
    let spanning =
      String(repeating: "x", count: 30) + "\"\"\r\n" + String(repeating: "y", count: 30)
    let spanningLine = row + 2
    text += "\(row + 1),\"\(spanning)\"\r\n"
    let start = text.utf8.count - spanning.utf8.count - 5
    #expect(start < chunk && start + spanning.utf8.count > chunk)
    for extra in 0..<3000 { text += "\(row + 2 + extra),tail\r\n" }
    let path = try temporaryFile(Array(text.utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }

    var file = try CSVReader(contentsOfFile: path)
    let fromFile = try file.readAll()
    var memory = CSVReader(string: text)
    #expect(fromFile == (try memory.readAll()))
    #expect(fromFile.count == row + 1 + 3000)
    let crossing = try #require(fromFile.first { $0["CHILD"] == "\(row + 1)" })
    #expect(crossing["NOTE"] == spanning.replacingOccurrences(of: "\"\"", with: "\""))
    #expect(crossing.line == spanningLine)
    #expect(fromFile.last?.line == spanningLine + 3001)
  }

  @Test(
    "Tiny chunk sizes give exactly the in-memory records and errors",
    arguments: [1, 2, 3, 5, 7, 64])
  func tinyChunks(chunkSize: Int) throws {
    let good = "\u{FEFF}ID,\"NAME\"\r\n1,\"a\"\"b\r\nc\"\r2,é😀\n\n3,\"\"\n4,\"\",\r\n"
    let options = CSVReader.Options(requiresUniformWidth: false)
    let path = try temporaryFile(Array(good.utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    var file = try CSVReader(contentsOfFile: path, options: options, chunkSize: chunkSize)
    var memory = CSVReader(string: good, options: options)
    let expected = try memory.readAll()
    #expect(
      expected.map(\.fields) == [["1", "a\"b\r\nc"], ["2", "é😀"], ["3", ""], ["4", "", ""]])
    #expect(expected.map(\.line) == [2, 4, 6, 7])
    #expect(try file.readAll() == expected)

    let badInputs: [[UInt8]] = [
      Array("a\n\"x\ny\"z".utf8), Array("a,b\nc\"".utf8), Array("a\n\"bc\nd".utf8),
      [0x61, 0x0A, 0x62, 0xE2, 0x82], [0x61, 0x0A, 0xE2, 0x82, 0x2C],
    ]
    for bytes in badInputs {
      let badPath = try temporaryFile(bytes)
      defer { try? FileManager.default.removeItem(atPath: badPath) }
      var badFile = try CSVReader(
        contentsOfFile: badPath, options: noHeader(), chunkSize: chunkSize)
      let fileError: CSVError?
      do {
        _ = try badFile.readAll()
        fileError = nil
      } catch {
        fileError = error
      }
      #expect(fileError != nil)
      #expect(fileError == failure(bytes))
    }
  }

  @Test("On seeded random byte soup, files read in tiny chunks agree with memory exactly")
  func randomInputsAgree() throws {
    var random = SplitMix64(state: 4180)
    let pieces: [[UInt8]] = [
      [0x61], [0x2C], [0x22], [0x0D], [0x0A], [0x20], [0xC3, 0xA9], [0xF0, 0x9F, 0x98, 0x80],
      [0xE2], [0x80], [0xEF, 0xBB, 0xBF], [0x22, 0x22],
    ]
    for _ in 0..<150 {
      var bytes: [UInt8] = []
      for _ in 0..<random.below(40) { bytes += pieces[random.below(pieces.count)] }
      let options = CSVReader.Options(
        hasHeader: random.below(2) == 0, requiresUniformWidth: random.below(2) == 0,
        skipsBlankLines: random.below(2) == 0)
      let path = try temporaryFile(bytes)
      defer { try? FileManager.default.removeItem(atPath: path) }
      var memory = CSVReader(bytes: bytes, options: options)
      let expected = Result { () throws(CSVError) in try memory.readAll() }
      for chunkSize in [1, 3] {
        var file = try CSVReader(contentsOfFile: path, options: options, chunkSize: chunkSize)
        let actual = Result { () throws(CSVError) in try file.readAll() }
        #expect(actual == expected)
      }
    }
  }

  @Test("Copies of a file reader read independently")
  func copiesAreIndependent() throws {
    let path = try temporaryFile(Array("a\nb\nc\n".utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    var first = try CSVReader(contentsOfFile: path, options: noHeader(), chunkSize: 2)
    #expect(try first.next()?.fields == ["a"])
    var second = first
    #expect(try first.readAll().map(\.fields) == [["b"], ["c"]])
    #expect(try second.readAll().map(\.fields) == [["b"], ["c"]])
  }

  @Test("Missing files give file errors; a directory is refused as not a regular file")
  func fileErrors() throws {
    #expect(throws: CSVError(.cannotOpenFile(errno: ENOENT), line: 1, column: 1)) {
      try CSVReader(contentsOfFile: "/nonexistent-\(UUID().uuidString)/x.csv")
    }
    let directory = FileManager.default.temporaryDirectory.path
    #expect(throws: CSVError(.notARegularFile, line: 1, column: 1)) {
      try CSVReader(contentsOfFile: directory)
    }
  }
}

// MARK: - Writing

@Suite("CSV writer")
struct CSVWriterTests {
  @Test(
    "Fields are quoted only when needed",
    arguments: [
      (["a", "b"], "a,b\r\n"),
      (["a,b", "c"], "\"a,b\",c\r\n"),
      (["say \"hi\""], "\"say \"\"hi\"\"\"\r\n"),
      (["line\nbreak", "cr\rx"], "\"line\nbreak\",\"cr\rx\"\r\n"),
      ([" lead", "trail ", "in side", "\ttab"], "\" lead\",\"trail \",in side,\"\ttab\"\r\n"),
      ([""], "\"\"\r\n"),
      (["", ""], ",\r\n"),
      (["a", ""], "a,\r\n"),
      (["é;😀"], "é;😀\r\n"),
      (["\u{FEFF}x"], "\"\u{FEFF}x\"\r\n"),
      ([], "\r\n"),
    ] as [([String], String)])
  func quoting(row: [String], expected: String) {
    #expect(CSVWriter().string(for: [row]) == expected)
  }

  @Test("Line endings, delimiters, and String and byte output agree")
  func options() {
    let rows = [["a", "b;c"], ["d", "e,f"]]
    #expect(CSVWriter(lineEnding: .lf).string(for: rows) == "a,b;c\nd,\"e,f\"\n")
    #expect(CSVWriter(delimiter: .semicolon).string(for: rows) == "a;\"b;c\"\r\nd;e,f\r\n")
    let writer = CSVWriter()
    #expect(writer.bytes(for: rows) == Array(writer.string(for: rows).utf8))
    var text = ""
    writer.write(row: ["x", "y"], to: &text)
    writer.write(row: ["z"[...]], to: &text)
    #expect(text == "x,y\r\nz\r\n")
  }

  @Test(
    "Tricky rows survive a write and read round trip", arguments: [CSVWriter.LineEnding.crlf, .lf])
  func trickyRoundTrip(lineEnding: CSVWriter.LineEnding) throws {
    let tricky: [[String]] = [
      [""], ["", ""], ["\""], ["\"\""], [",", "\r", "\n", "\r\n", "\n\r"], [" ", " x ", "\t"],
      ["\u{FEFF}"], ["a\"b", "\"start", "end\""], ["é", "😀👩‍👧", "日本語"], ["x", "", "", ""],
    ]
    for delimiter in [CSVDelimiter.comma, .semicolon, .tab] {
      let writer = CSVWriter(delimiter: delimiter, lineEnding: lineEnding)
      let text = writer.string(for: tricky)
      #expect(try rows(text, noHeader(delimiter: delimiter)) == tricky)
      // The first row alone, so a leading byte-order mark field is also at the start of input.
      let first = writer.string(for: [["\u{FEFF}", "a"]])
      #expect(try rows(first, noHeader(delimiter: delimiter)) == [["\u{FEFF}", "a"]])
    }
  }

  @Test("Seeded random rows survive a write and read round trip", arguments: [1, 42, 2024, 903])
  func randomRoundTrip(seed: UInt64) throws {
    var random = SplitMix64(state: seed)
    let alphabet: [String] = [
      "a", "Z", "0", " ", ",", ";", "\"", "\r", "\n", "\t", "é", "😀", "\u{FEFF}", "x",
    ]
    var table: [[String]] = []
    for _ in 0..<300 {
      let width = 1 + random.below(6)
      table.append(
        (0..<width).map { _ in
          (0..<random.below(8)).map { _ in alphabet[random.below(alphabet.count)] }.joined()
        })
    }
    for writer in [CSVWriter(), CSVWriter(delimiter: .semicolon, lineEnding: .lf)] {
      var reader = CSVReader(
        bytes: writer.bytes(for: table), options: noHeader(delimiter: writer.delimiter))
      #expect(try reader.readAll().map(\.fields) == table)
    }
  }

  @Test("a field a spreadsheet would run as a formula gets a leading apostrophe; numbers do not")
  func spreadsheetSafe() {
    for field in ["=SUM(A1)", "+A1", "-2+3", "@cmd", "\tx", "\rx", "-inf", "+nan", "-", "--1"] {
      #expect(CSVWriter.spreadsheetSafe(field) == "'" + field, "\(field)")
    }
    for field in ["A1", "2025-01-01", "", "'quoted", "x=1", "-2", "+1", "-0.5", "-1e5", "1+1"] {
      #expect(CSVWriter.spreadsheetSafe(field) == field, "\(field)")
    }
    let text = CSVWriter().string(for: [["=HYPERLINK(\"x\",\"y\")"].map(CSVWriter.spreadsheetSafe)])
    #expect(text == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"\r\n")
  }

  @Test("a header found below title rows: the rows above are skipped, widths checked after it")
  func headerBelowTitles() throws {
    let text = "Title\n,,note,\n\na,b,c\n1,2,3\n4,5\n"
    var reader = CSVReader(string: text, options: .init(requiresUniformWidth: true))
    let header = try reader.readHeader(inFirst: 10) { $0 == ["a", "b", "c"] }
    #expect(header?.names == ["a", "b", "c"])
    #expect(try reader.next()?.fields == ["1", "2", "3"])
    #expect(throws: CSVError.self) { try reader.next() }
    // None accepted: the first record is the header, as readHeader() reads it, and nothing more.
    var none = CSVReader(string: text)
    #expect(try none.readHeader(inFirst: 10) { _ in false }?.names == ["Title"])
    #expect(try none.next() == nil)
    // A limit of 1 is readHeader() itself.
    var one = CSVReader(string: text)
    #expect(try one.readHeader(inFirst: 1) { _ in false }?.names == ["Title"])
  }
}
