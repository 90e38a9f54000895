package vn.drugctl.common.tenancy;

/** The unit catalogue file is malformed; the message names the source and the line. */
public class UnitCatalogueException extends RuntimeException {
    private final String source;
    private final int line;

    public UnitCatalogueException(String source, int line, String problem) {
        super("Unit catalogue " + source + " line " + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }
}
