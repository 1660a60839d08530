package org.mojaz.llm;

import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.List;

/** The JSON schema of the digest answer, sent to providers that enforce it (OpenAI-compatible servers). */
final class DigestSchema {
    static final List<String> ENTITY_TYPES = List.of("PERSON", "ORGANIZATION", "PLACE", "DATE", "NUMBER");

    private DigestSchema() {
    }

    static ResponseFormat responseFormat() {
        return ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema()).build();
    }

    private static JsonSchema schema() {
        JsonArraySchema strings = JsonArraySchema.builder().items(new JsonStringSchema()).build();
        JsonObjectSchema entity = JsonObjectSchema.builder()
                .addStringProperty("name_ar", "the name as written in Arabic")
                .addStringProperty("name_en", "the name in English")
                .addEnumProperty("type", ENTITY_TYPES)
                .addStringProperty("note", "a few words on its role in the article, or empty")
                .required("name_ar", "name_en", "type", "note")
                .additionalProperties(false)
                .build();
        JsonObjectSchema root = JsonObjectSchema.builder()
                .addStringProperty("summary_ar")
                .addStringProperty("summary_en")
                .addProperty("key_points_ar", strings)
                .addProperty("key_points_en", strings)
                .addProperty("entities", JsonArraySchema.builder().items(entity).build())
                .required("summary_ar", "summary_en", "key_points_ar", "key_points_en", "entities")
                .additionalProperties(false)
                .build();
        return JsonSchema.builder().name("digest").rootElement(root).build();
    }
}
