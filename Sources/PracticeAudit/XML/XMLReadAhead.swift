internal import Dispatch

extension XMLPullParser {
  /// Whether the parser streams a file (rather than reading bytes already in memory).
  var readsFile: Bool {
    if case .file = source { return true }
    return false
  }

  /// Gives every event of the document to `body`, in order. Reading ahead, the parser runs on
  /// another thread: what `body` does with one batch of events overlaps the parsing of the
  /// next, so a large return is read in about the time of the slower of the two rather than
  /// their sum. Without, the events are parsed on the calling thread as they are given (for
  /// small documents, where a thread costs more than it saves).
  ///
  /// Memory stays flat: at most ``ReadAhead/slots`` batches of ``ReadAhead/batchSize`` events
  /// are held. Attributes are not carried (``attributes`` belongs to the parser's thread), so
  /// this is for documents whose meaning is in elements and text, like the SSDA903 return.
  /// - Parameters:
  ///   - readingAhead: whether to parse on another thread.
  ///   - body: called with each event; returns `false` to stop reading.
  /// - Throws: the parser's first ``XMLSyntaxError``, after every event before it was given.
  func forEachEvent(readingAhead: Bool, _ body: (XMLEvent) -> Bool) throws(XMLSyntaxError) {
    guard readingAhead else {
      var parser = self
      while let event = try parser.next() {
        guard body(event) else { return }
      }
      return
    }
    let channel = ReadAhead()
    DispatchQueue.global().async { [self] in
      var parser = self
      channel.produce { () throws(XMLSyntaxError) in try parser.next() }
    }
    defer { channel.stop() }
    while let batch = channel.take() {
      for event in batch.events {
        guard body(event) else { return }
      }
      if let error = batch.error { throw error }
    }
  }
}

/// A bounded queue of event batches between the parsing thread and the reading one.
///
/// Semaphores count the free and filled slots; a third one guards the queue itself and the
/// stop flag. The reader always waits for the parsing thread to finish before it returns, so
/// the parser is never used after the call that started it.
final class ReadAhead: @unchecked Sendable {
  /// Events handed over at a time: enough to make the hand-over cost nothing per event.
  static let batchSize = 2_048
  /// Batches parsed ahead at most.
  static let slots = 4

  struct Batch {
    var events: [XMLEvent] = []
    var error: XMLSyntaxError?
    var isLast = false
  }

  // Made at 0 and raised: libdispatch stops the process when a semaphore is freed with a
  // value below the one it was made with, as `free` is when the reader stops early.
  private let free = DispatchSemaphore(value: 0)
  private let filled = DispatchSemaphore(value: 0)
  private let finished = DispatchSemaphore(value: 0)
  private let lock = DispatchSemaphore(value: 1)
  private var queue: [Batch] = []
  private var stopped = false
  private var ended = false

  init() {
    for _ in 0..<Self.slots { free.signal() }
  }

  /// On the parsing thread: fills batches from `next` until the document ends, an error, or
  /// the reader stops.
  func produce(_ next: () throws(XMLSyntaxError) -> XMLEvent?) {
    defer { finished.signal() }
    while true {
      free.wait()
      if locked({ stopped }) { return }
      var batch = Batch()
      batch.events.reserveCapacity(Self.batchSize)
      do throws(XMLSyntaxError) {
        while batch.events.count < Self.batchSize {
          guard let event = try next() else {
            batch.isLast = true
            break
          }
          batch.events.append(event)
        }
      } catch {
        batch.error = error
        batch.isLast = true
      }
      locked { queue.append(batch) }
      filled.signal()
      if batch.isLast { return }
    }
  }

  /// On the reading thread: the next batch, or `nil` after the last one.
  func take() -> Batch? {
    if ended { return nil }
    filled.wait()
    let batch = locked { queue.removeFirst() }
    free.signal()
    ended = batch.isLast
    return batch
  }

  /// On the reading thread, when it is done: tells the parsing thread to stop, and waits
  /// until it has.
  func stop() {
    locked { stopped = true }
    free.signal()
    finished.wait()
  }

  private func locked<Value>(_ body: () -> Value) -> Value {
    lock.wait()
    defer { lock.signal() }
    return body()
  }
}
