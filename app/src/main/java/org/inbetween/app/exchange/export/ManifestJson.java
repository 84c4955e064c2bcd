package org.inbetween.app.exchange.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inbetween.app.exchange.dataset.DatasetObject;
import org.inbetween.app.exchange.dataset.FrameSet;
import org.inbetween.app.project.Provenance;

/**
 * The manifest's JSON shape, both ways. Objects become sorted maps (the mapper sorts keys) and
 * absent values are left out, so equal manifests are equal files apart from {@code exportedAt}.
 */
final class ManifestJson {
  private ManifestJson() {}

  static Map<String, Object> toTree(ExportManifest manifest) {
    Map<String, Object> tree = new TreeMap<>();
    tree.put("format", "inbetween-manifest");
    tree.put("formatVersion", ExportManifest.FORMAT_VERSION);
    tree.put("datasetFormat", manifest.datasetFormat());
    tree.put("exportedAt", manifest.exportedAt().toString());
    Map<String, Object> options = new TreeMap<>();
    options.put("selection", manifest.options().selection().name());
    options.put("pseudoEvery", manifest.options().pseudoEvery());
    options.put("height", manifest.options().height());
    if (manifest.options().frames() != null) {
      options.put("frames", manifest.options().frames().name());
    }
    tree.put("options", options);
    tree.put("counts", counts(manifest.counts()));
    tree.put("sequences", manifest.sequences().stream().map(ManifestJson::sequence).toList());
    return tree;
  }

  static Map<String, Object> sequence(ManifestSequence s) {
    Map<String, Object> tree = new TreeMap<>();
    tree.put("name", s.name());
    tree.put("split", s.split());
    tree.put("width", s.width());
    tree.put("height", s.height());
    tree.put("fps", s.fps());
    tree.put("keyframeInterval", s.keyframeInterval());
    tree.put(
        "objects",
        s.objects().stream()
            .map(o -> Map.<String, Object>of("id", o.id(), "name", o.name()))
            .toList());
    tree.put("counts", counts(s.counts()));
    tree.put("frames", s.frames().stream().map(ManifestJson::frame).toList());
    return tree;
  }

  private static Map<String, Object> frame(ManifestFrame f) {
    Map<String, Object> tree = new TreeMap<>();
    tree.put("frame", f.frame());
    tree.put("source", f.source().name());
    putIfPresent(tree, "reason", f.reason().isEmpty() ? null : f.reason());
    tree.put("objects", f.objects());
    tree.put("absent", f.absent());
    putIfPresent(tree, "author", f.author());
    putIfPresent(tree, "time", f.time());
    putIfPresent(tree, "reviewer", f.reviewer());
    putIfPresent(tree, "reviewTime", f.reviewTime());
    if (f.generator() != null) {
      Provenance p = f.generator();
      Map<String, Object> generator = new TreeMap<>();
      generator.put("method", p.method());
      generator.put("model", p.model());
      generator.put("modelVersion", p.modelVersion());
      generator.put("parameters", p.parameters());
      generator.put("time", p.time().toString());
      tree.put("generator", generator);
    }
    return tree;
  }

  private static void putIfPresent(Map<String, Object> tree, String key, Object value) {
    if (value != null) {
      tree.put(key, value.toString());
    }
  }

  private static Map<String, Integer> counts(Map<LabelSource, Integer> counts) {
    Map<String, Integer> tree = new TreeMap<>();
    counts.forEach((k, v) -> tree.put(k.name(), v));
    return tree;
  }

  static ExportManifest fromTree(JsonNode tree) {
    int version = integer(tree, "formatVersion");
    if (version != ExportManifest.FORMAT_VERSION) {
      throw new IllegalArgumentException("unsupported manifest formatVersion " + version);
    }
    JsonNode options = require(tree, "options");
    List<ManifestSequence> sequences = new ArrayList<>();
    array(tree, "sequences").forEach(s -> sequences.add(sequenceFrom(s)));
    return new ExportManifest(
        text(tree, "datasetFormat"),
        new ExportOptions(
            Selection.valueOf(text(options, "selection")),
            integer(options, "pseudoEvery"),
            integer(options, "height"),
            options.has("frames") ? FrameSet.valueOf(text(options, "frames")) : null),
        sequences,
        Instant.parse(text(tree, "exportedAt")));
  }

  static ManifestSequence sequenceFrom(JsonNode s) {
    List<DatasetObject> objects = new ArrayList<>();
    array(s, "objects")
        .forEach(o -> objects.add(new DatasetObject(integer(o, "id"), text(o, "name"))));
    List<ManifestFrame> frames = new ArrayList<>();
    array(s, "frames").forEach(f -> frames.add(frameFrom(f)));
    return new ManifestSequence(
        text(s, "name"),
        text(s, "split"),
        integer(s, "width"),
        integer(s, "height"),
        number(s, "fps"),
        integer(s, "keyframeInterval"),
        objects,
        frames);
  }

  private static ManifestFrame frameFrom(JsonNode f) {
    JsonNode g = f.get("generator");
    Provenance generator = null;
    if (g != null) {
      Map<String, String> parameters = new TreeMap<>();
      require(g, "parameters")
          .fields()
          .forEachRemaining(e -> parameters.put(e.getKey(), e.getValue().asText()));
      generator =
          new Provenance(
              text(g, "method"),
              text(g, "model"),
              text(g, "modelVersion"),
              parameters,
              Instant.parse(text(g, "time")));
    }
    return new ManifestFrame(
        integer(f, "frame"),
        LabelSource.valueOf(text(f, "source")),
        f.has("reason") ? text(f, "reason") : "",
        ints(array(f, "objects")),
        ints(array(f, "absent")),
        optionalText(f, "author"),
        instant(f, "time"),
        optionalText(f, "reviewer"),
        instant(f, "reviewTime"),
        generator);
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(n -> out.add(asInt(n, "an object id")));
    return out;
  }

  private static String optionalText(JsonNode node, String field) {
    return node.has(field) ? text(node, field) : null;
  }

  private static Instant instant(JsonNode node, String field) {
    return node.has(field) ? Instant.parse(text(node, field)) : null;
  }

  /**
   * Strict readers: a record whose field has the wrong type refuses the import. Jackson's lenient
   * {@code asInt()} would turn {@code "frame": "three"} into frame 0 and move a pseudo-label onto a
   * human keyframe.
   */
  private static int integer(JsonNode node, String field) {
    return asInt(require(node, field), "field \"" + field + "\"");
  }

  private static int asInt(JsonNode value, String what) {
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new IllegalArgumentException(what + " must be an integer, was " + value);
    }
    return value.intValue();
  }

  private static double number(JsonNode node, String field) {
    JsonNode value = require(node, field);
    if (!value.isNumber()) {
      throw new IllegalArgumentException("field \"" + field + "\" must be a number, was " + value);
    }
    return value.doubleValue();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = require(node, field);
    if (!value.isTextual()) {
      throw new IllegalArgumentException("field \"" + field + "\" must be a string, was " + value);
    }
    return value.asText();
  }

  private static JsonNode array(JsonNode node, String field) {
    JsonNode value = require(node, field);
    if (!value.isArray()) {
      throw new IllegalArgumentException("field \"" + field + "\" must be an array, was " + value);
    }
    return value;
  }

  private static JsonNode require(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing field \"" + field + "\"");
    }
    return value;
  }
}
