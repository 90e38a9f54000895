package vn.drugctl.common.mongo;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

import java.time.LocalDate;
import java.util.List;

/**
 * Calendar dates ({@link LocalDate}: business dates, the end of a management period, a birth date) are stored as
 * what they are, an ISO-8601 date string {@code yyyy-MM-dd}, in documents and in query values alike. Without this,
 * Spring Data turns a {@code LocalDate} into a BSON date-time at midnight in the JVM's time zone, so a service on
 * UTC and one on Asia/Ho_Chi_Minh store different instants for the same day and miss each other's records in range
 * queries. ISO strings compare and sort in calendar order. One place, for every service.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(MongoCustomConversions.class)
public class MongoDatesAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(LocalDateToIsoString.INSTANCE, IsoStringToLocalDate.INSTANCE));
    }

    @WritingConverter
    enum LocalDateToIsoString implements Converter<LocalDate, String> {
        INSTANCE;

        @Override
        public String convert(LocalDate date) {
            return date.toString();
        }
    }

    @ReadingConverter
    enum IsoStringToLocalDate implements Converter<String, LocalDate> {
        INSTANCE;

        @Override
        public LocalDate convert(String iso) {
            return LocalDate.parse(iso);
        }
    }
}
