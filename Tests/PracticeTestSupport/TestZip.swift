import PracticeCore

/// A ZIP archive of stored entries, written from APPNOTE 4.3 for tests: the reader's input.
public enum TestZip {
  /// The archive of `entries`; `flags` and `crc` (for every entry) to make bad ones.
  public static func archive(
    _ entries: [(name: String, bytes: [UInt8])], flags: Int = 0, crc: UInt32? = nil
  )
    -> [UInt8]
  {
    func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    func le32(_ value: UInt32) -> [UInt8] {
      (0..<4).map { UInt8(value >> (8 * UInt32($0)) & 0xFF) }
    }
    var body: [UInt8] = []
    var directory: [UInt8] = []
    for entry in entries {
      let name = Array(entry.name.utf8)
      let checksum = crc ?? CRC32.checksum(entry.bytes)
      let size = le32(UInt32(entry.bytes.count))
      let common =
        le16(20) + le16(flags) + le16(0) + le16(0) + le16(0) + le32(checksum) + size + size
      directory +=
        le32(0x0201_4B50) + le16(20) + common + le16(name.count) + le16(0) + le16(0)
        + le16(0) + le16(0) + le32(0) + le32(UInt32(body.count)) + name
      body += le32(0x0403_4B50) + common + le16(name.count) + le16(0) + name + entry.bytes
    }
    return body + directory + le32(0x0605_4B50) + le16(0) + le16(0) + le16(entries.count)
      + le16(entries.count) + le32(UInt32(directory.count)) + le32(UInt32(body.count)) + le16(0)
  }
}
