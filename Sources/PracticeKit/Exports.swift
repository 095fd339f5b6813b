// The umbrella: importing PracticeKit gives every PracticeKit module.
@_exported import PracticeAudit
@_exported import PracticeCore
@_exported import PracticeEducation
@_exported import PracticeLaw
@_exported import PracticeTelecare
