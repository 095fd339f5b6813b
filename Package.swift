// swift-tools-version: 6.0
// PracticeKit: children's and families' social work practice in England as typed, tested, cited
// rules. Zero package dependencies by design; what is public API is listed in README "Source
// stability". Licensed under the Apache License 2.0 (LICENSE).
import PackageDescription

// MARK: - Public API

let domains = ["PracticeLaw", "PracticeEducation", "PracticeAudit", "PracticeTelecare"]
let libraries = ["PracticeCore"] + domains + ["PracticeKit"]
/// Test bundles with a Fixtures/ folder: test data read from the source tree, not built.
let testsWithFixtures: Set = ["PracticeKit", "PracticeAudit"]

let package = Package(
  name: "swift-practice",
  // The lowest Apple releases whose standard library has everything the code calls: the string
  // algorithms `contains(_:)` and `replacing(_:with:)` over a substring (Swift 5.7's string
  // processing) first shipped with macOS 13, iOS 16, tvOS 16 and watchOS 9. No other API in
  // Sources needs more (no Synchronization, Regex literals or Clock). Linux has no minimum.
  platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
  products: libraries.map { .library(name: $0, targets: [$0]) },
  targets:
    [.target(name: "PracticeCore")]
    + domains.map { .target(name: $0, dependencies: ["PracticeCore"]) }
    + [
      .target(
        name: "PracticeKit",
        dependencies: ["PracticeCore"] + domains.map { .target(name: $0) }
      )
    ]

    // MARK: - Test support and unit test bundles
    + [
      .target(
        name: "PracticeTestSupport",
        dependencies: ["PracticeCore"],
        path: "Tests/PracticeTestSupport"
      )
    ]
    + libraries.map {
      .testTarget(
        name: "\($0)Tests",
        dependencies: [.target(name: $0), "PracticeTestSupport"],
        exclude: testsWithFixtures.contains($0) ? ["Fixtures"] : []
      )
    }

    // The command-line tool's parsing and output, tested in-process through `Practice.run`.
    + [.testTarget(name: "PracticeToolTests", dependencies: ["practice", "PracticeKit"])]

    // MARK: - Executables (no products: consumers never see them)
    + [
      .executableTarget(
        name: "practice",
        dependencies: ["PracticeKit"],
        path: "Examples/practice"
      ),
      .executableTarget(
        name: "practice-benchmark",
        dependencies: ["PracticeKit"],
        path: "Benchmarks/practice-benchmark"
      ),
      .executableTarget(
        name: "proceedings-tracker",
        dependencies: ["PracticeLaw"],
        path: "Examples/proceedings-tracker"
      ),
      .executableTarget(
        name: "route-finder",
        dependencies: ["PracticeEducation"],
        path: "Examples/route-finder"
      ),
      .executableTarget(
        name: "telecare-review",
        dependencies: ["PracticeTelecare"],
        path: "Examples/telecare-review"
      ),
      .executableTarget(
        name: "audit-agreement",
        dependencies: ["PracticeAudit"],
        path: "Examples/audit-agreement"
      ),
    ]
)

// Standard settings for every target (swift-log style). No unsafe flags here: warnings-as-errors
// and the import check are CI command-line flags, so the package stays usable as a dependency.
for target in package.targets {
  target.swiftSettings =
    (target.swiftSettings ?? []) + [
      .enableUpcomingFeature("ExistentialAny"),
      .enableUpcomingFeature("MemberImportVisibility"),
      .enableUpcomingFeature("InternalImportsByDefault"),
    ]
}
