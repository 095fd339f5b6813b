// Fuzz target: an Annex A workbook (.xlsx) read into caseload events: the ZIP container, INFLATE,
// the SpreadsheetML parts and the list mapping, then what is due from the events read.
import PracticeKit

/// libFuzzer's entry point: one input of `count` bytes at `start`; returns 0.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnnexAWorkbook(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: start, count: count))
  // Raw DEFLATE on its own too: a bounded output whatever the input.
  _ = try? Inflate.decompress(bytes, limit: 1 << 16)
  do throws(CaseloadReadError) {
    let contents = try CaseloadFile.contents(xlsx: bytes)
    let notes = AnnexAList.notes(
      for: Set(contents.annexALists), skippedSheets: contents.skippedSheets)
    if let caseload = try? Caseload(events: contents.events) {
      var due = try? caseload.due(asOf: CalendarDay(2025, 12, 19))
      due?.notes = notes
      _ = due?.rendered(as: .text)
    }
  } catch {
    _ = error.description
  }
  return 0
}
