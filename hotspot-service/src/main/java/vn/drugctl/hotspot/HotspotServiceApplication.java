package vn.drugctl.hotspot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HotspotServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(HotspotServiceApplication.class, args);
    }
}
