package vn.drugctl.reporting.hotspot.domain;

import java.util.regex.Pattern;

/**
 * The names of the report measures hotspots, incidents and surveillance records contribute to (see
 * {@link vn.drugctl.reporting.ledger.domain} for stocks and flows). The strings are part of the contract with the
 * report code that reads the counters: they never change. Every name matches the
 * {@link vn.drugctl.reporting.ledger.domain.LedgerKey} measure pattern as long as the arguments are tokens of
 * letters, digits, '_' and '-' (the projectors pass every value through {@link #token}).
 *
 * <ul>
 *   <li>{@code H:<kind>:<LICENSED|UNLICENSED>}: stock, active points (on the list) of a kind, inside a business that
 *       needs a security licence or not; {@code ...:in:<reason>} / {@code ...:out:<reason>}: flows that explain it;
 *   </li>
 *   <li>{@code HW:<kind>}: stock, neutralised or eradicated points still watched for reactivation;</li>
 *   <li>{@code HC:<kind>}: stock, active points operating on cyberspace;</li>
 *   <li>{@code A:...}: flows of incidents (kết quả đấu tranh): incidents, suspects, seizures, property,
 *       prosecutions;</li>
 *   <li>{@code SV:<kind>}: stock, open surveillance records, with flows {@code :in:OPENED} and
 *       {@code :out:<closing reason>}; {@code SV:<kind>:cat:<category>}: stock per category with flows
 *       {@code :in:OPENED}, {@code :in:RECLASSIFIED}, {@code :out:<closing reason>}, {@code :out:RECLASSIFIED};
 *       {@code SV:<kind>:by:<system|class>:<value>}: breakdown stocks.</li>
 * </ul>
 */
public final class HotspotMeasures {
    /** Licensed-business flag value: the point is inside a business that needs a security licence. */
    public static final String LICENSED = "LICENSED";
    /** Licensed-business flag value: it is not. */
    public static final String UNLICENSED = "UNLICENSED";

    /** In-reason of a point reactivated (tái hoạt động). */
    public static final String REACTIVATED = "REACTIVATED";
    /** Out-reason of a point neutralised (vô hiệu hóa). */
    public static final String NEUTRALISED = "NEUTRALISED";
    /** Out-reason of a point eradicated (triệt xóa). */
    public static final String ERADICATED = "ERADICATED";
    /** Prefix of the out-reason of a point removed (thanh loại): {@code REMOVED_<reason>}. */
    public static final String REMOVED_PREFIX = "REMOVED_";
    /** Prefix of the in-reason of an escalated point on its new kind: {@code ESCALATED_FROM_<oldKind>}. */
    public static final String ESCALATED_FROM_PREFIX = "ESCALATED_FROM_";
    /** Prefix of the out-reason of an escalated point on its old kind: {@code ESCALATED_TO_<newKind>}. */
    public static final String ESCALATED_TO_PREFIX = "ESCALATED_TO_";
    /** In- and out-reason of an active point whose licensed-business flag changed with its details. */
    public static final String DETAILS_CHANGED = "DETAILS_CHANGED";
    /** Out-reason at the old unit when the managing unit of an active point or open record changes. */
    public static final String TRANSFERRED_OUT = "TRANSFERRED_OUT";
    /** In-reason at the new unit when the managing unit of an active point or open record changes. */
    public static final String TRANSFERRED_IN = "TRANSFERRED_IN";

    /** Surveillance in-reason: the record was opened. */
    public static final String OPENED = "OPENED";
    /** Surveillance category in- and out-reason: the record's category changed while open. */
    public static final String RECLASSIFIED = "RECLASSIFIED";
    /** Surveillance breakdown by system (hệ) {@code H1..H10}. */
    public static final String SYSTEM = "system";
    /** Surveillance breakdown by profile class (loại) {@code A}/{@code B}. */
    public static final String CLASS = "class";

    /** Written for a token (kind, reason, value) that is missing. */
    public static final String UNKNOWN = "UNKNOWN";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_\\-]{1,60}");
    private static final Pattern BAD_CHARS = Pattern.compile("[^A-Za-z0-9_\\-]");

    private HotspotMeasures() {
    }

    // ---------------------------------------------------------------- hotspots

    /** Stock: active points of {@code kind}, inside a licensed business or not. */
    public static String hotspots(String kind, boolean licensed) {
        return "H:" + kind + ":" + (licensed ? LICENSED : UNLICENSED);
    }

    /** Flow: points that became active points of {@code kind} for {@code reason}. */
    public static String hotspotsAdded(String kind, boolean licensed, String reason) {
        return hotspots(kind, licensed) + ":in:" + reason;
    }

    /** Flow: points that stopped being active points of {@code kind} for {@code reason}. */
    public static String hotspotsRemoved(String kind, boolean licensed, String reason) {
        return hotspots(kind, licensed) + ":out:" + reason;
    }

    /** Stock: neutralised or eradicated points of {@code kind}, watched for reactivation. */
    public static String hotspotsWatched(String kind) {
        return "HW:" + kind;
    }

    /** Stock: active points of {@code kind} operating on cyberspace. */
    public static String hotspotsCyberspace(String kind) {
        return "HC:" + kind;
    }

    // ---------------------------------------------------------------- incidents

    /** Flow: incidents (vụ), at the incident's date. */
    public static String incidents() {
        return "A:incidents";
    }

    /** Flow: suspects (đối tượng) of incidents. */
    public static String suspects() {
        return "A:suspects";
    }

    /** Flow: suspects with {@code act} among their acts (a suspect with several acts counts under each). */
    public static String suspectsByAct(String act) {
        return "A:suspects:act:" + act;
    }

    /** Flow: suspects whose residence is in another province than the capturing unit's. */
    public static String suspectsOtherProvince() {
        return "A:suspects:otherProvince";
    }

    /** Flow: milligrams of {@code substance} seized (exact: grams have 3 decimals). */
    public static String seizedMilligrams(String substance) {
        return "A:seized:" + substance + ":mg";
    }

    /** Flow: money seized, whole đồng. */
    public static String money() {
        return "A:moneyVnd";
    }

    /** Flow: vehicles seized. */
    public static String vehicles() {
        return "A:vehicles";
    }

    /** Flow: phones seized. */
    public static String phones() {
        return "A:phones";
    }

    /** Flow: incidents prosecuted (khởi tố), at the decision's date. */
    public static String prosecutedIncidents() {
        return "A:prosecuted:incidents";
    }

    /** Flow: defendants of prosecuted incidents, at the decision's date. */
    public static String prosecutedDefendants() {
        return "A:prosecuted:defendants";
    }

    /** Flow: incidents settled by an administrative sanction, at the decision's date. */
    public static String administrativeIncidents() {
        return "A:administrative:incidents";
    }

    // ---------------------------------------------------------------- surveillance records

    /** Stock: open surveillance records of {@code kind}. */
    public static String surveillance(String kind) {
        return "SV:" + kind;
    }

    /** Flow: records of {@code kind} that became open records at a unit for {@code reason}. */
    public static String surveillanceIn(String kind, String reason) {
        return surveillance(kind) + ":in:" + reason;
    }

    /** Flow: records of {@code kind} opened. */
    public static String surveillanceOpened(String kind) {
        return surveillanceIn(kind, OPENED);
    }

    /** Flow: records of {@code kind} closed for {@code reason} (or moved away, {@link #TRANSFERRED_OUT}). */
    public static String surveillanceClosed(String kind, String reason) {
        return surveillance(kind) + ":out:" + reason;
    }

    /** Stock: open records of {@code kind} in {@code category} ({@code DM1..DM3}). */
    public static String surveillanceCategory(String kind, String category) {
        return surveillance(kind) + ":cat:" + category;
    }

    /** Flow: records that entered {@code category} for {@code reason} ({@code OPENED}, {@code RECLASSIFIED}). */
    public static String surveillanceCategoryIn(String kind, String category, String reason) {
        return surveillanceCategory(kind, category) + ":in:" + reason;
    }

    /** Flow: records that left {@code category} for {@code reason} (a closing reason or {@code RECLASSIFIED}). */
    public static String surveillanceCategoryOut(String kind, String category, String reason) {
        return surveillanceCategory(kind, category) + ":out:" + reason;
    }

    /** Stock: open records of {@code kind} whose {@code dimension} ({@link #SYSTEM}, {@link #CLASS}) is value. */
    public static String surveillanceBy(String kind, String dimension, String value) {
        return surveillance(kind) + ":by:" + dimension + ":" + value;
    }

    // ---------------------------------------------------------------- tokens

    /** A kind, reason or value as a measure-name token: {@link #UNKNOWN} when missing, bad characters as '_'. */
    public static String token(Object value) {
        String text = value == null ? null : value.toString();
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        if (TOKEN.matcher(text).matches()) {
            return text;
        }
        String cleaned = BAD_CHARS.matcher(text).replaceAll("_");
        return cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
    }
}
