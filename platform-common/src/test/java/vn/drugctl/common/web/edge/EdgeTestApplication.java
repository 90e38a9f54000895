package vn.drugctl.common.web.edge;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.util.Map;

/** A service with nothing but platform-common and two writes, for the edge checks every service shares. */
@SpringBootApplication
class EdgeTestApplication {

    record Note(String text) {
    }

    @RestController
    static class NotesController {
        @PostMapping(path = "/api/edge/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Note> write(@RequestBody Note note) {
            return ResponseEntity.status(201).body(note);
        }

        @PostMapping(path = "/api/edge/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
        Map<String, Long> upload(@RequestParam MultipartFile file) {
            return Map.of("bytes", file.getSize());
        }
    }
}
