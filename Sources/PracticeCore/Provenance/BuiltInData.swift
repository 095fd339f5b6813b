/// Builds a value of the library's own built-in data: the one policy for built-in data that fails
/// its own checks is to trap.
///
/// Built-in data (a literal day, an effective period, a timescale, a catalogue) is written in the
/// library's source and never comes from input. The test suite loads every built-in table, so a
/// mistake in one fails `swift test` and never reaches a user; trapping makes that failure loud
/// and names the table, where dropping the item or substituting a default would hide it. Input
/// from a person or a file is never built through this: readers and initializers taking input
/// throw located errors instead.
///
/// - Parameters:
///   - what: the table or item, for the trap's message.
///   - make: builds the value with the type's own validating initializer.
package func builtIn<Value, Failure: Error>(
  _ what: @autoclosure () -> String, _ make: () throws(Failure) -> Value
) -> Value {
  do {
    return try make()
  } catch {
    preconditionFailure("built-in data is wrong (\(what())): \(error)")
  }
}
