// Computes the reference features that MobileNetV2PortTest compares the Java port against.
//
// It runs the original TensorFlow.js layers model shipped in nsfwjs@4.4.0 (vendored under
// models/src/main/resources/org/inbetween/models/backbone/mobilenetv2/) with the pure-JavaScript
// @tensorflow/tfjs CPU backend, on one real DAVIS frame prepared the way nsfwjs prepares images:
// decoded, resized to 224x224 with tf.image.resizeBilinear(alignCorners = true), scaled by 1/255.
// The resized frame is rounded to bytes and written next to the reference, so that the Java test
// feeds exactly the same input (two JPEG decoders and two resizers would differ by more than the
// 1e-4 the port must meet).
//
// Usage, from the repository root (the DAVIS data sits in ../shared/data):
//   (cd tools/mobilenet-reference && npm ci && node reference.js)
// Writes, under models/src/test/resources/org/inbetween/models/backbone/:
//   blackswan-00000-224.rgb         224*224*3 bytes, RGB, row-major (the test input)
//   mobilenetv2-reference.json      per-channel means and sampled values of the three features
"use strict";
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const tf = require("@tensorflow/tfjs");
const jpeg = require("jpeg-js");

const repo = path.resolve(__dirname, "../..");
const weights = path.join(repo, "models/src/main/resources/org/inbetween/models/backbone/mobilenetv2");
const out = path.join(repo, "models/src/test/resources/org/inbetween/models/backbone");
const frame = "DAVIS/JPEGImages/480p/blackswan/00000.jpg";
const size = 224;
const samplesPerFeature = 128;
// The three taps of the trunk: the last layer at output stride 4, 8 and 16 within the frozen
// blocks 0-10 (blocks 11-16 were retrained by nsfwjs and are not used).
const taps = [
  {layer: "block_2_add", stride: 4},
  {layer: "block_5_add", stride: 8},
  {layer: "block_10_project_BN", stride: 16},
];

async function loadModel() {
  const json = JSON.parse(fs.readFileSync(path.join(weights, "model.json"), "utf8"));
  const specs = [];
  const buffers = [];
  for (const group of json.weightsManifest) {
    specs.push(...group.weights);
    for (const shard of group.paths) {
      buffers.push(fs.readFileSync(path.join(weights, shard)));
    }
  }
  const data = Buffer.concat(buffers);
  const weightData = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
  return tf.loadLayersModel(
    tf.io.fromMemory({modelTopology: json.modelTopology, weightSpecs: specs, weightData}));
}

function inputBytes() {
  const file = path.join(repo, "../shared/data", frame);
  const image = jpeg.decode(fs.readFileSync(file), {useTArray: true, formatAsRGBA: false});
  return tf.tidy(() => {
    const pixels = tf.tensor3d(image.data, [image.height, image.width, 3], "float32");
    const resized = tf.image.resizeBilinear(pixels, [size, size], true);
    return Uint8Array.from(resized.round().clipByValue(0, 255).dataSync());
  });
}

// A fixed linear congruential sequence, so a rerun samples the same positions.
function* positions(count, [height, width, channels]) {
  let state = 12345;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const index = state % (height * width * channels);
    yield [Math.floor(index / (width * channels)), Math.floor(index / channels) % width, index % channels];
  }
}

const round7 = (v) => Number(v.toPrecision(7));

function describe(tap, tensor) {
  const [, height, width, channels] = tensor.shape;
  const values = tensor.dataSync();
  const means = Array.from(tensor.mean([0, 1, 2]).dataSync(), round7);
  const samples = [];
  for (const [y, x, c] of positions(samplesPerFeature, [height, width, channels])) {
    samples.push([y, x, c, round7(values[(y * width + x) * channels + c])]);
  }
  return {layer: tap.layer, stride: tap.stride, shapeNhwc: tensor.shape, channelMeans: means, samples};
}

(async () => {
  const model = await loadModel();
  const bytes = inputBytes();
  fs.mkdirSync(out, {recursive: true});
  fs.writeFileSync(path.join(out, "blackswan-00000-224.rgb"), bytes);
  const trunk = tf.model({inputs: model.inputs, outputs: taps.map((t) => model.getLayer(t.layer).output)});
  const input = tf.tensor4d(bytes, [1, size, size, 3], "float32").div(255);
  const features = trunk.predict(input);
  const reference = {
    model: "nsfwjs@4.4.0 dist/models/mobilenet_v2 (Keras MobileNetV2, alpha 1, uint8-quantised)",
    computedWith: `@tensorflow/tfjs ${tf.version.tfjs}, backend ${tf.getBackend()}, Node ${process.version}`,
    frame,
    input: {
      file: "blackswan-00000-224.rgb",
      sha256: crypto.createHash("sha256").update(bytes).digest("hex"),
      layout: "224x224 RGB bytes, row-major; resizeBilinear(alignCorners=true) of the frame, rounded",
      scaling: "pixel / 255 (nsfwjs)",
    },
    features: taps.map((tap, i) => describe(tap, features[i])),
  };
  fs.writeFileSync(path.join(out, "mobilenetv2-reference.json"), JSON.stringify(reference) + "\n");
  console.log(`wrote ${out}: ` + reference.features.map((f) => `${f.layer} ${f.shapeNhwc}`).join(", "));
})();
