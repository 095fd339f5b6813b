import Testing

@testable import PracticeAudit

@Suite("XML read ahead: the parser on another thread, events in order")
struct XMLReadAheadTests {
  /// A document of `children` elements, each with two leaves: 8 events a child, so 2,000
  /// children make about twice the events of all the batches parsed ahead at once.
  static func document(children: Int, brokenAfter: Int? = nil) -> String {
    var text = "<ROOT>"
    for index in 0..<children {
      text += "<CHILD><ID>\(index)</ID><DAY>2024-04-0\(index % 9 + 1)</DAY></CHILD>"
      if index == brokenAfter { text += "</WRONG>" }
    }
    return text + "</ROOT>"
  }

  static func plainEvents(_ text: String) -> (events: [XMLEvent], error: XMLSyntaxError?) {
    var parser = XMLPullParser(string: text)
    var events: [XMLEvent] = []
    do throws(XMLSyntaxError) {
      while let event = try parser.next() { events.append(event) }
    } catch {
      return (events, error)
    }
    return (events, nil)
  }

  @Test(
    "every event, in the parser's order, across many batches, reading ahead or not",
    arguments: [true, false], [0, 1, 2_000])
  func sameEvents(readingAhead: Bool, children: Int) throws {
    let text = Self.document(children: children)
    var events: [XMLEvent] = []
    try XMLPullParser(string: text).forEachEvent(readingAhead: readingAhead) {
      events.append($0)
      return true
    }
    #expect(events == Self.plainEvents(text).events)
    #expect(events.count == 2 + 8 * children)
  }

  @Test("stopping early returns at once, without the rest", arguments: [1, 2_048, 2_049, 5_000])
  func stopsEarly(after count: Int) throws {
    let text = Self.document(children: 2_000)
    var events: [XMLEvent] = []
    try XMLPullParser(string: text).forEachEvent(readingAhead: true) {
      events.append($0)
      return events.count < count
    }
    #expect(events == Array(Self.plainEvents(text).events.prefix(count)))
  }

  @Test("a syntax error comes after every event before it, as from the parser itself")
  func errorAfterEvents() throws {
    let text = Self.document(children: 2_000, brokenAfter: 600)
    let plain = Self.plainEvents(text)
    var events: [XMLEvent] = []
    let error = try #require(plain.error)
    #expect(error.rule == .mismatchedEndTag)
    #expect(throws: error) {
      try XMLPullParser(string: text).forEachEvent(readingAhead: true) {
        events.append($0)
        return true
      }
    }
    #expect(events == plain.events)
    #expect(events.count > ReadAhead.batchSize)
  }
}
