package vn.drugctl.registry.importing.infrastructure.file;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.drugctl.registry.importing.application.SurveyUploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Uploaded survey files on this machine's disk, one file {@code survey-<import id>.csv} in one folder. An upload is
 * written to a temporary name first and renamed when complete, and deleted at once if writing fails, so a file under
 * its import's name is always whole and a failed save leaves nothing. The folder is this instance's: an import runs
 * on the instance that received its file.
 */
public class LocalSurveyUploads implements SurveyUploads {
    private static final Logger log = LoggerFactory.getLogger(LocalSurveyUploads.class);
    private static final String PREFIX = "survey-";
    private static final String SUFFIX = ".csv";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final Path folder;

    public LocalSurveyUploads(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for uploaded survey files: " + folder, e);
        }
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void save(String importId, InputStream content) throws IOException {
        Path target = file(importId);
        Path partial = folder.resolve(PREFIX + importId + ".partial");
        try {
            Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial);
            deleteQuietly(target);
            throw e;
        }
    }

    @Override
    public InputStream open(String importId) throws IOException {
        return Files.newInputStream(file(importId));
    }

    @Override
    public void delete(String importId) {
        deleteQuietly(file(importId));
    }

    @Override
    public int deleteLeftovers(Set<String> active, Instant writtenBefore) {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String id = name.substring(PREFIX.length(), name.lastIndexOf('.') > PREFIX.length()
                        ? name.lastIndexOf('.') : name.length());
                if (!active.contains(id) && Files.getLastModifiedTime(file).toInstant().isBefore(writtenBefore)
                        && deleteQuietly(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not look for left-over survey files in {}", folder, e);
        }
        return deleted;
    }

    private Path file(String importId) {
        if (!ID.matcher(importId).matches()) {
            throw new IllegalArgumentException("not an import id: " + importId);
        }
        return folder.resolve(PREFIX + importId + SUFFIX);
    }

    private static boolean deleteQuietly(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded survey file {}", file, e);
            return false;
        }
    }
}
