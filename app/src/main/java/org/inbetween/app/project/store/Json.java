package org.inbetween.app.project.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.inbetween.app.project.Provenance;

/**
 * The project's JSON conventions in one place: a shared mapper, field readers that name the missing
 * or malformed field, and the provenance object used by project.json, the layer files and the
 * journal alike.
 */
final class Json {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  /** Writes one-line JSON for the journal. */
  static final ObjectMapper COMPACT = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static JsonNode require(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing field \"" + field + "\"");
    }
    return value;
  }

  static int requireInt(JsonNode node, String field) {
    JsonNode value = require(node, field);
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new IllegalArgumentException(
          "field \"" + field + "\" must be an integer, was " + value);
    }
    return value.intValue();
  }

  static long requireLong(JsonNode node, String field) {
    JsonNode value = require(node, field);
    if (!value.canConvertToLong() || !value.isIntegralNumber()) {
      throw new IllegalArgumentException(
          "field \"" + field + "\" must be an integer, was " + value);
    }
    return value.longValue();
  }

  static boolean requireBoolean(JsonNode node, String field) {
    JsonNode value = require(node, field);
    if (!value.isBoolean()) {
      throw new IllegalArgumentException(
          "field \"" + field + "\" must be true or false, was " + value);
    }
    return value.booleanValue();
  }

  static double requireDouble(JsonNode node, String field) {
    JsonNode value = require(node, field);
    if (!value.isNumber()) {
      throw new IllegalArgumentException("field \"" + field + "\" must be a number, was " + value);
    }
    return value.doubleValue();
  }

  static String requireText(JsonNode node, String field) {
    JsonNode value = require(node, field);
    if (!value.isTextual()) {
      throw new IllegalArgumentException("field \"" + field + "\" must be a string, was " + value);
    }
    return value.textValue();
  }

  static String optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }

  static Instant requireTime(JsonNode node, String field) {
    String text = requireText(node, field);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "field \"" + field + "\" is not an ISO-8601 instant: " + text);
    }
  }

  static <E extends Enum<E>> E requireEnum(JsonNode node, String field, Class<E> type) {
    String text = requireText(node, field);
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "field \"" + field + "\" has unknown value \"" + text + "\"");
    }
  }

  static ArrayNode requireArray(JsonNode node, String field) {
    JsonNode value = require(node, field);
    if (!value.isArray()) {
      throw new IllegalArgumentException("field \"" + field + "\" must be an array");
    }
    return (ArrayNode) value;
  }

  static ObjectNode provenance(Provenance p) {
    ObjectNode node = object();
    node.put("method", p.method());
    node.put("model", p.model());
    node.put("modelVersion", p.modelVersion());
    ObjectNode params = node.putObject("parameters");
    p.parameters().forEach(params::put);
    node.put("time", p.time().toString());
    return node;
  }

  static Provenance provenance(JsonNode node) {
    ObjectNode params = (ObjectNode) require(node, "parameters");
    Map<String, String> parameters = new java.util.TreeMap<>();
    params.fields().forEachRemaining(e -> parameters.put(e.getKey(), e.getValue().asText()));
    return new Provenance(
        requireText(node, "method"),
        optionalText(node, "model"),
        optionalText(node, "modelVersion"),
        parameters,
        requireTime(node, "time"));
  }
}
