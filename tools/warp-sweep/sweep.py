"""Planning sweep for the warp default (issue 10): carried soft masks along full-resolution DIS
neighbour flows, blended by temporal weights alone or also by a carried forward-backward trust.

Run on DAVIS train (tuning split) with Python + OpenCV, many sequences in parallel:
    python3 tools/warp-sweep/sweep.py DAVIS_ROOT train
Prints J and an approximate F (boundary F at the DAVIS tolerance, thin boundaries by erosion) per
variant and interval. The Java implementation (FlowRoute.CARRIED) is what the benchmarks report.
"""
import math
import sys
import time
from multiprocessing import Pool

import cv2
import numpy as np

ROOT = sys.argv[1]
SPLIT = sys.argv[2] if len(sys.argv) > 2 else "train"
INTERVALS = [5, 10, 20]
VARIANTS = sys.argv[3].split(",") if len(sys.argv) > 3 else ["temporal", "trust0.05", "trust0.2"]


def sequences():
    names = []
    for line in open(f"{ROOT}/ImageSets/480p/{SPLIT}.txt"):
        n = line.split("/")[3]
        if n not in names:
            names.append(n)
    return names


def remap(values, flow):
    h, w = flow.shape[:2]
    gx, gy = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    return cv2.remap(values, gx + flow[..., 0], gy + flow[..., 1], cv2.INTER_LINEAR,
                     borderMode=cv2.BORDER_REPLICATE)


def consistency(fwd, bwd):
    back = remap(bwd, fwd)
    e = (fwd + back) ** 2
    motion = (fwd ** 2).sum(-1) + (back ** 2).sum(-1)
    tol = 0.01 * motion + 0.5
    return np.exp(-e.sum(-1) / tol).astype(np.float32)


def boundary(mask):
    er = cv2.erode(mask.astype(np.uint8), np.ones((3, 3), np.uint8))
    return (mask.astype(np.uint8) - er) > 0


def fmeasure(pred, gt):
    r = math.ceil(0.008 * math.hypot(*gt.shape))
    disk = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * r + 1, 2 * r + 1))
    bp, bg = boundary(pred), boundary(gt)
    if bp.sum() == 0 and bg.sum() == 0:
        return 1.0
    if bp.sum() == 0 or bg.sum() == 0:
        return 0.0
    dp = cv2.dilate(bp.astype(np.uint8), disk) > 0
    dg = cv2.dilate(bg.astype(np.uint8), disk) > 0
    prec = (bp & dg).sum() / bp.sum()
    rec = (bg & dp).sum() / bg.sum()
    return 0.0 if prec + rec == 0 else 2 * prec * rec / (prec + rec)


def jaccard(pred, gt):
    u = (pred | gt).sum()
    return 1.0 if u == 0 else (pred & gt).sum() / u


def run(name):
    import glob
    cv2.setNumThreads(1)
    frames = [cv2.cvtColor(cv2.imread(f), cv2.COLOR_BGR2GRAY)
              for f in sorted(glob.glob(f"{ROOT}/JPEGImages/480p/{name}/*.jpg"))]
    gts = [cv2.imread(f, cv2.IMREAD_GRAYSCALE) > 127
           for f in sorted(glob.glob(f"{ROOT}/Annotations/480p/{name}/*.png"))]
    n = len(frames)
    dis = cv2.DISOpticalFlow_create(cv2.DISOPTICAL_FLOW_PRESET_ULTRAFAST)
    t0 = time.time()
    back = [None] + [dis.calc(frames[t], frames[t - 1], None) for t in range(1, n)]  # t -> t-1
    fwd = [dis.calc(frames[t], frames[t + 1], None) for t in range(n - 1)] + [None]  # t -> t+1
    flow_s = (time.time() - t0) / n
    cons_back = [None] + [consistency(back[t], fwd[t - 1]) for t in range(1, n)]
    cons_fwd = [consistency(fwd[t], back[t + 1]) for t in range(n - 1)] + [None]
    out = {}
    for l in INTERVALS:
        keys = list(range(0, n - 1, l)) + [n - 1]
        scores = {v: [[], []] for v in VARIANTS}
        for a, b in zip(keys, keys[1:]):
            m, tr = gts[a].astype(np.float32), np.ones_like(gts[a], np.float32)
            fw = {}
            for t in range(a + 1, b):
                m = remap(m, back[t]); tr = remap(tr, back[t]) * cons_back[t]
                fw[t] = (m, tr)
            m, tr = gts[b].astype(np.float32), np.ones_like(gts[b], np.float32)
            bw = {}
            for t in range(b - 1, a, -1):
                m = remap(m, fwd[t]); tr = remap(tr, fwd[t]) * cons_fwd[t]
                bw[t] = (m, tr)
            for t in range(a + 1, b):
                wi, wj = (b - t) / (b - a), (t - a) / (b - a)
                (mi, ti), (mj, tj) = fw[t], bw[t]
                for v in VARIANTS:
                    if v == "temporal":
                        p = wi * mi + wj * mj
                    elif v.startswith("trust") and v != "trustlog":
                        eps = float(v[5:])
                        ai, aj = wi * (ti + eps), wj * (tj + eps)
                        p = (ai * mi + aj * mj) / (ai + aj)
                    elif v == "trustlog":
                        ai, aj = wi * np.sqrt(ti + 0.05), wj * np.sqrt(tj + 0.05)
                        p = (ai * mi + aj * mj) / (ai + aj)
                    elif v == "notemporal0.01":  # trust alone, temporal weights only as a floor
                        ai, aj = ti + 0.01 * wi, tj + 0.01 * wj
                        p = (ai * mi + aj * mj) / (ai + aj)
                    else:  # argmax: the more trusted side wins outright
                        p = np.where(wi * (ti + 1e-3) >= wj * (tj + 1e-3), mi, mj)
                    pred = p > 0.5
                    scores[v][0].append(jaccard(pred, gts[t]))
                    scores[v][1].append(fmeasure(pred, gts[t]))
        out[l] = {v: (np.mean(s[0]), np.mean(s[1])) for v, s in scores.items()}
    return name, out, flow_s


if __name__ == "__main__":
    names = sequences()
    with Pool(min(16, len(names))) as pool:
        results = pool.map(run, names)
    for l in INTERVALS:
        print(f"== l={l}")
        for v in VARIANTS:
            js = [r[1][l][v][0] for r in results]
            fs = [r[1][l][v][1] for r in results]
            per = " ".join(f"{r[0]}={(r[1][l][v][0] + r[1][l][v][1]) / 2:.3f}" for r in results)
            print(f"{v:10s} J={np.mean(js):.4f} F~={np.mean(fs):.4f} JF~={(np.mean(js) + np.mean(fs)) / 2:.4f}  {per}")
    print("DIS ultrafast s/flow (1 thread):", np.mean([r[2] for r in results]) / 2)
