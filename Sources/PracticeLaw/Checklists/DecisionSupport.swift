/// The decision-support checklists together: the facts they ship, for a domain or a report to
/// list.
///
/// The checklists are ``WelfareChecklist``, ``ThresholdAssessment`` (with ``AgeBar``),
/// ``RealisticOptionsAnalysis`` and ``ChildsVoice``. Each reports what is recorded and what is
/// missing, with its sources; none decides.
public enum DecisionSupport {
  /// Every fact the checklists ship, ids `law.checklist.*`, in a fixed order.
  public static var facts: [Fact] {
    WelfareChecklist.facts + ThresholdAssessment.facts + RealisticOptionsAnalysis.facts
      + ChildsVoice.facts
  }
}
