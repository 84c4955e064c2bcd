package org.inbetween.models.backbone;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the files of a TensorFlow.js model lie: {@code model.json} and the weight shards it names,
 * all in one folder. The weights ship inside the models jar, where they are classpath resources
 * rather than files, hence this small abstraction.
 */
public interface TfjsSource {
  /** Opens the file called {@code name} (a name from the model's manifest, or "model.json"). */
  InputStream open(String name) throws IOException;

  /** How to name the file {@code name} in an error message. */
  String describe(String name);

  /** The files in {@code folder} of the file system. */
  static TfjsSource folder(Path folder) {
    return new TfjsSource() {
      @Override
      public InputStream open(String name) throws IOException {
        return Files.newInputStream(folder.resolve(name));
      }

      @Override
      public String describe(String name) {
        return folder.resolve(name).toString();
      }
    };
  }

  /** The classpath resources in {@code folder} (a slash-separated path without leading slash). */
  static TfjsSource classpath(String folder) {
    return new TfjsSource() {
      @Override
      public InputStream open(String name) throws IOException {
        InputStream in = TfjsSource.class.getClassLoader().getResourceAsStream(folder + "/" + name);
        if (in == null) {
          throw new FileNotFoundException(describe(name) + " is not on the classpath");
        }
        return in;
      }

      @Override
      public String describe(String name) {
        return "classpath:" + folder + "/" + name;
      }
    };
  }
}
