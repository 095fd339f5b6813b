@_exported import PracticeCore
