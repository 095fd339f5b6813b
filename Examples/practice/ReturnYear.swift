import PracticeKit

/// The collection-year check of a return as the tool applies it: data that is not the requested
/// year's stops the command (exit 1); a return that looks like another year is reported with a
/// warning beside its figures.
enum ReturnYear {
  /// Throws a data error naming `what` and the years found when `check` is an error.
  static func require(_ check: CollectionYearCheck, of what: String) throws(CommandError) {
    guard check.isError else { return }
    var message = "\(what) is not the \(check.requested) collection. \(check.explanation)"
    if let likely = check.likelyYear, likely != check.requested {
      message +=
        " --year names the year the collection ends: if this is the \(likely) return, "
        + "use --year \(likely.endingYear)."
    }
    throw .data(message)
  }
}
