// Fuzz target: the RFC 4180 CSV reader, with and without a header and uniform width.
import PracticeCore

/// libFuzzer's entry point: one input of `count` bytes at `start`; returns 0.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: start, count: count))
  for options in [
    CSVReader.Options(), CSVReader.Options(hasHeader: false, requiresUniformWidth: false),
  ] {
    var reader = CSVReader(bytes: bytes, options: options)
    // Read to the end or the first error; every record's fields must be addressable.
    while let record = try? reader.next() {
      for index in 0..<record.count { _ = record[index] }
    }
  }
  return 0
}
