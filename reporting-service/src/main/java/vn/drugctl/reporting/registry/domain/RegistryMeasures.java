package vn.drugctl.reporting.registry.domain;

/**
 * The names of the report measures a registry person contributes to (see
 * {@link vn.drugctl.reporting.ledger.domain} for stocks and flows). The strings are part of the contract with the
 * report code that reads the counters: they never change. Every name these methods return matches the
 * {@link vn.drugctl.reporting.ledger.domain.LedgerKey} measure pattern as long as the arguments are made of letters,
 * digits, '_' and '-' (list, reason, dimension and value tokens of the event contract are).
 *
 * <ul>
 *   <li>{@code L:<list>}: stock, people on the list (danh sách, diện quản lý);</li>
 *   <li>{@code L:<list>:in:<reason>} / {@code L:<list>:out:<reason>}: flows, people added to / removed from it;</li>
 *   <li>{@code X:<from>:<to>}: flow, people moved from one list to another;</li>
 *   <li>{@code L:<list>:by:<dimension>:<value>}: stock, people on the list with that value of a breakdown;</li>
 *   <li>{@code T:...}, {@code S:...}, {@code R:...}, {@code A:...}: flows of drug tests, sanctions, compulsory-rehab
 *       dossier stages and arrests.</li>
 * </ul>
 */
public final class RegistryMeasures {
    /** Breakdown by birth year; the value is the year (the report derives age bands from it). */
    public static final String BIRTH_YEAR = "birthYear";
    /** Breakdown by prior convictions (tiền án): {@code DRUG}, {@code OTHER} (both may hold), else {@code NONE}. */
    public static final String PRIOR_CONVICTION = "priorConviction";
    /** Breakdown by prior administrative violations (tiền sự): {@code DRUG}, {@code OTHER}, else {@code NONE}. */
    public static final String PRIOR_VIOLATION = "priorViolation";
    /** Breakdown by surveillance category (sưu tra) {@code DM1..DM3}; only for people with one. */
    public static final String CATEGORY = "category";
    /** Breakdown by surveillance system {@code H1..H10}; only for people with one. */
    public static final String SYSTEM = "system";
    /** Breakdown by surveillance profile class {@code A}/{@code B}; only for people with one. */
    public static final String CLASS = "class";
    /** Breakdown by where an addict is ({@code COMMUNITY}, {@code COMPULSORY_REHAB}...); only on list ADDICT. */
    public static final String LOCATION = "location";
    /** Breakdown by methadone treatment: value {@link #YES} while the flag METHADONE is set. */
    public static final String METHADONE = "methadone";
    /** Breakdown by management dossier (hồ sơ quản lý): {@code NONE}, {@code OPEN}, {@code CLOSED}. */
    public static final String DOSSIER = "dossier";

    /** Value of {@link #METHADONE}. */
    public static final String YES = "YES";
    /** Value of {@link #PRIOR_CONVICTION} / {@link #PRIOR_VIOLATION}: a drug-related record. */
    public static final String DRUG = "DRUG";
    /** Value of {@link #PRIOR_CONVICTION} / {@link #PRIOR_VIOLATION}: a record of another kind. */
    public static final String OTHER = "OTHER";
    /** Value of {@link #PRIOR_CONVICTION} / {@link #PRIOR_VIOLATION}: no record. */
    public static final String NONE = "NONE";

    /** Reason of the removal from the old list when a person moves from one list to another. */
    public static final String MOVED_TO_ANOTHER_LIST = "MOVED_TO_ANOTHER_LIST";
    /** Reason of the addition to the new list when a person moves from one list to another. */
    public static final String MOVED_FROM_ANOTHER_LIST = "MOVED_FROM_ANOTHER_LIST";
    /** Reason of the removal at the old unit when the managing unit changes while the person is on a list. */
    public static final String TRANSFERRED_OUT = "TRANSFERRED_OUT";
    /** Reason of the addition at the new unit when the managing unit changes while the person is on a list. */
    public static final String TRANSFERRED_IN = "TRANSFERRED_IN";

    private RegistryMeasures() {
    }

    /** Stock: people on {@code list}. */
    public static String stock(String list) {
        return "L:" + list;
    }

    /** Flow: people added to {@code list} for {@code reason}. */
    public static String added(String list, String reason) {
        return "L:" + list + ":in:" + reason;
    }

    /** Flow: people removed from {@code list} for {@code reason}. */
    public static String removed(String list, String reason) {
        return "L:" + list + ":out:" + reason;
    }

    /** Flow: people moved from {@code fromList} to {@code toList}. */
    public static String moved(String fromList, String toList) {
        return "X:" + fromList + ":" + toList;
    }

    /** Stock: people on {@code list} whose {@code dimension} has {@code value}. */
    public static String by(String list, String dimension, String value) {
        return "L:" + list + ":by:" + dimension + ":" + value;
    }

    /** Flow: people registered, at the unit and on the date of their registration. */
    public static String registered() {
        return "P:registered";
    }

    /** Flow: drug tests done (result POSITIVE or NEGATIVE). */
    public static String tests() {
        return "T:tested";
    }

    /** Flow: positive drug tests. */
    public static String positives() {
        return "T:positive";
    }

    /**
     * Per-record flow ({@link vn.drugctl.reporting.ledger.domain.LedgerKey#PER_RECORD}): the tests of one person; a
     * report counts the distinct people tested in its period from these.
     */
    public static String testsOf(String personId) {
        return "T:id:tested:" + personId;
    }

    /** Per-record flow: the positive tests of one person (distinct people found positive in a period). */
    public static String positivesOf(String personId) {
        return "T:id:positive:" + personId;
    }

    /** Flow: summonses without a test (result NOT_TESTED). */
    public static String notTested() {
        return "T:notTested";
    }

    /** Flow: administrative sanction decisions issued. */
    public static String sanctionsIssued() {
        return "S:issued";
    }

    /** Flow: sanctions not issued, by reason ({@code USED_IN_ANOTHER_PROVINCE}...). */
    public static String sanctionsNotIssued(String reason) {
        return "S:notIssued:" + reason;
    }

    /** Flow: compulsory-rehab dossiers reaching {@code stage} ({@code CREATED}, {@code ADMITTED}...). */
    public static String rehabStage(String stage) {
        return "R:" + stage;
    }

    /** Flow: arrests, one per incident and suspect. */
    public static String arrests() {
        return "A:arrested";
    }
}
