/// The SSDA903 return: the Department for Education's annual collection about every child looked
/// after by an English local authority, made as a set of CSV tables.
///
/// A namespace: ``SSDA903/Table`` identifies a file by its columns, ``SSDA903/CodeList`` holds the
/// valid codes by collection year, ``SSDA903/Reader`` reads a return into ``SSDA903/Return``,
/// ``SSDA903/PeriodOfCare`` groups episodes, and ``ReviewTimeliness`` audits reg 33 reviews.
public enum SSDA903 {}
