import PracticeKit

print("benchmark")
