package vn.drugctl.hotspot.hotspot.domain;

import vn.drugctl.common.domain.InvalidField;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the point operates on cyberspace (không gian mạng): the platform and a handle or a group link. */
public record Cyberspace(String platform, String handle, String groupLink) {
    public static Cyberspace of(String platform, String handle, String groupLink) {
        String p = Texts.requiredLine("cyberspace.platform", platform, 60);
        String h = Texts.line("cyberspace.handle", handle, 100);
        String g = Texts.line("cyberspace.groupLink", groupLink, 300);
        if (h == null && g == null) {
            throw new InvalidField("cyberspace", "needs a handle or a group link");
        }
        if (g != null && (g.contains(" ") || !g.toLowerCase(Locale.ROOT).matches("(https?://)?[a-z0-9.-]+\\.[a-z]{2,}(/.*)?"))) {
            throw new InvalidField("cyberspace.groupLink", "must be a web link (e.g. https://t.me/nhom-vi-du)");
        }
        return new Cyberspace(p, h, g);
    }

    /** The online identities that mark the same operation: the handle on its platform, the group link. */
    public List<String> onlineKeys() {
        List<String> keys = new ArrayList<>();
        if (handle != null) {
            keys.add(Texts.fold(platform) + "|" + Texts.fold(handle).replaceFirst("^@", ""));
        }
        if (groupLink != null) {
            keys.add("link|" + groupLink.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "")
                    .replaceFirst("^www\\.", "").replaceAll("/+$", ""));
        }
        return keys;
    }
}
