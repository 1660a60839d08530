package org.mojaz.summary;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The JSON object the model must answer with, exactly as the prompt and the JSON schema describe it. */
record LlmAnswer(
        @JsonProperty(value = "summary_ar", required = true) String summaryAr,
        @JsonProperty(value = "summary_en", required = true) String summaryEn,
        @JsonProperty(value = "key_points_ar", required = true) List<String> keyPointsAr,
        @JsonProperty(value = "key_points_en", required = true) List<String> keyPointsEn,
        @JsonProperty(value = "entities", required = true) List<Named> entities) {

    /** One entity as the model names it. */
    record Named(
            @JsonProperty("name_ar") String nameAr,
            @JsonProperty("name_en") String nameEn,
            @JsonProperty(value = "type", required = true) String type,
            @JsonProperty("note") String note) {
    }
}
