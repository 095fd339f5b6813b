import PracticeKit

print(PracticeRegistry.standard.domains.count)
