import PracticeCore
import PracticeTestSupport
import Testing

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

@Suite("CollectionYear")
struct CollectionYearTests {
  @Test("a year is named by the year it ends: 2025 is 1 April 2024 to 31 March 2025")
  func naming() throws {
    let year = try CollectionYear(endingIn: 2025)
    #expect(year.start == (try CalendarDay(year: 2024, month: 4, day: 1)))
    #expect(year.end == (try CalendarDay(year: 2025, month: 3, day: 31)))
    #expect(year.referenceDate == year.end)
    #expect(year.description == "2024/25")
    #expect(try CollectionYear(endingIn: 2000).description == "1999/00")
    #expect(try CollectionYear(endingIn: 2010).description == "2009/10")
    #expect(year.previous?.description == "2023/24")
    #expect(year.next?.description == "2025/26")
  }

  @Test(
    "the three written forms give the same year",
    arguments: ["2025", "2024/25", "2024-25", "2024/2025", "2024-2025"])
  func parsing(text: String) throws {
    #expect(try CollectionYear(parsing: text) == CollectionYear(endingIn: 2025))
  }

  @Test("across a century: 1999/00 ends in 2000")
  func century() throws {
    #expect(try CollectionYear(parsing: "1999/00").endingYear == 2000)
    #expect(try CollectionYear(parsing: "2099-00").endingYear == 2100)
  }

  @Test(
    "other texts are refused with a reason",
    arguments: [
      ("2024/26", CollectionYear.ParseError.notConsecutive),
      ("2025/24", .notConsecutive), ("2024/2026", .notConsecutive), ("twenty", .notAYear),
      ("", .notAYear), ("25", .notAYear), ("2024/5", .notAYear), ("2024/25/26", .notAYear),
      (" 2025", .notAYear), ("+2025", .notAYear), ("2024//25", .notAYear),
      ("1899", .outOfRange), ("0999/00", .outOfRange),
    ])
  func refused(text: String, error: CollectionYear.ParseError) {
    #expect(throws: error) { try CollectionYear(parsing: text) }
  }

  @Test("the range: 1900 to 9999")
  func range() throws {
    #expect(throws: CollectionYear.RangeError.outOfRange) { try CollectionYear(endingIn: 1899) }
    #expect(throws: CollectionYear.RangeError.outOfRange) { try CollectionYear(endingIn: 10_000) }
    #expect(try CollectionYear(endingIn: 9999).next == nil)
    #expect(try CollectionYear(endingIn: 1900).previous == nil)
  }

  @Test(
    "the year containing a day: 31 March is the last day, 1 April the first of the next",
    arguments: [
      (2025, 3, 31, 2025), (2025, 4, 1, 2026), (2024, 4, 1, 2025), (2024, 2, 29, 2024),
      (2024, 12, 31, 2025), (2025, 1, 1, 2025),
    ])
  func containing(year: Int, month: Int, day: Int, ending: Int) throws {
    let date = try CalendarDay(year: year, month: month, day: day)
    let collection = try CollectionYear(containing: date)
    #expect(collection.endingYear == ending)
    #expect(collection.contains(date))
    #expect(!collection.contains(collection.start.advanced(by: -1)))
    #expect(!collection.contains(collection.end.advanced(by: 1)))
  }

  @Test("encoded as its name and decoded from any written form")
  func coding() throws {
    let year = try CollectionYear(endingIn: 2025)
    let encoder = JSONEncoder()
    encoder.outputFormatting = .withoutEscapingSlashes
    let data = try encoder.encode([year])
    #expect(String(decoding: data, as: UTF8.self) == #"["2024/25"]"#)
    #expect(
      try JSONDecoder().decode([CollectionYear].self, from: Data(#"["2025"]"#.utf8)) == [year])
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([CollectionYear].self, from: Data(#"["soon"]"#.utf8))
    }
  }
}
