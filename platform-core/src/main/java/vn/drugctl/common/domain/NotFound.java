package vn.drugctl.common.domain;

/** Something the request names does not exist (404); {@link #what()} says what kind of thing. */
public class NotFound extends RuntimeException {
    private final String what;

    public NotFound(String what, String message) {
        super(message);
        this.what = what;
    }

    public String what() {
        return what;
    }
}
