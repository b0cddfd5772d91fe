"""Distilling a static meaning model from a BERT encoder (a tiny one with random weights, written here)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file, save_file
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers

from bench.distil_model import Encoder, main
from index.meaning import load_model

WORDS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "harbour", "port", "ship", "grain", "talks", "##s", "rain"]


def tiny_teacher(folder: Path) -> Path:
    """A two-layer BERT of width 8 over ``WORDS``, its weights drawn from a fixed seed."""
    folder.mkdir()
    vocab = {word: n for n, word in enumerate(WORDS)}
    tokenizer = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.BertNormalizer(lowercase=True)
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tokenizer.save(str(folder / "tokenizer.json"))
    width, inner, layers = 8, 16, 2
    config = {"hidden_size": width, "intermediate_size": inner, "num_attention_heads": 2, "num_hidden_layers": layers,
              "vocab_size": len(WORDS), "layer_norm_eps": 1e-12, "_name_or_path": "tiny"}  # fmt: skip
    (folder / "config.json").write_text(json.dumps(config))
    rng = np.random.default_rng(7)
    shapes = {"embeddings.word_embeddings": (len(WORDS), width), "embeddings.position_embeddings": (16, width),
              "embeddings.token_type_embeddings": (2, width)}  # fmt: skip
    weights = {f"{name}.weight": rng.normal(size=shape).astype(np.float32) for name, shape in shapes.items()}
    weights["embeddings.LayerNorm.weight"], weights["embeddings.LayerNorm.bias"] = np.ones(width), np.zeros(width)
    for n in range(layers):
        dense = {"attention.self.query": (width, width), "attention.self.key": (width, width),
                 "attention.self.value": (width, width), "attention.output.dense": (width, width),
                 "intermediate.dense": (inner, width), "output.dense": (width, inner)}  # fmt: skip
        for name, shape in dense.items():
            weights[f"encoder.layer.{n}.{name}.weight"] = rng.normal(scale=0.3, size=shape).astype(np.float32)
            weights[f"encoder.layer.{n}.{name}.bias"] = rng.normal(scale=0.1, size=shape[0]).astype(np.float32)
        for norm in ("attention.output.LayerNorm", "output.LayerNorm"):
            weights[f"encoder.layer.{n}.{norm}.weight"] = np.ones(width, np.float32)
            weights[f"encoder.layer.{n}.{norm}.bias"] = np.zeros(width, np.float32)
    save_file(weights, str(folder / "model.safetensors"))
    return folder


def by_hand(encoder: Encoder, ids: list[int]) -> np.ndarray:
    """The last layer's output worked out another way: token by token, head by head, with ``math.erf``."""
    w, config = encoder.weights, encoder.config
    heads, width = config["num_attention_heads"], config["hidden_size"] // config["num_attention_heads"]

    def norm(x: np.ndarray, name: str) -> np.ndarray:
        return (x - x.mean()) / math.sqrt(x.var() + 1e-12) * w[f"{name}.weight"] + w[f"{name}.bias"]

    def dense(x: np.ndarray, name: str) -> np.ndarray:
        return np.array([row @ x for row in w[f"{name}.weight"]]) + w[f"{name}.bias"]

    embedded = [w["embeddings.word_embeddings.weight"][t] + w["embeddings.position_embeddings.weight"][p]
                + w["embeddings.token_type_embeddings.weight"][0] for p, t in enumerate(ids)]  # fmt: skip
    xs = [norm(x, "embeddings.LayerNorm") for x in embedded]
    for n in range(config["num_hidden_layers"]):
        layer = f"encoder.layer.{n}"
        q, k, v = ([dense(x, f"{layer}.attention.self.{part}") for x in xs] for part in ("query", "key", "value"))
        out = []
        for i, x in enumerate(xs):
            context = []
            for h in range(heads):
                part = slice(h * width, (h + 1) * width)
                scores = [math.exp(float(q[i][part] @ k[j][part]) / math.sqrt(width)) for j in range(len(xs))]
                context.extend(sum(s / sum(scores) * v[j][part] for j, s in enumerate(scores)))
            x = x + dense(np.array(context), f"{layer}.attention.output.dense")
            x = norm(x, f"{layer}.attention.output.LayerNorm")
            inner = [0.5 * y * (1 + math.erf(y / math.sqrt(2))) for y in dense(x, f"{layer}.intermediate.dense")]
            out.append(norm(x + dense(np.array(inner), f"{layer}.output.dense"), f"{layer}.output.LayerNorm"))
        xs = out
    return np.array(xs)


def test_the_forward_pass_gives_the_outputs_worked_out_by_hand(tmp_path: Path) -> None:
    encoder = Encoder(tiny_teacher(tmp_path / "teacher"))
    ids = [2, 5, 7, 10, 3]
    computed = encoder.hidden(np.array([ids]), np.ones((1, len(ids)), dtype=np.int64))[0]
    assert np.allclose(computed, by_hand(encoder, ids), atol=1e-4)


def test_padding_does_not_change_a_sentence_vector(tmp_path: Path) -> None:
    encoder = Encoder(tiny_teacher(tmp_path / "teacher"))
    short, long = [2, 6, 3], [2, 5, 7, 8, 9, 3]
    alone = encoder.sentences([short])[0]
    beside = encoder.sentences([short, long])
    assert np.allclose(alone, beside[0], atol=1e-5)
    assert np.allclose(np.linalg.norm(beside, axis=1), 1.0, atol=1e-5)
    assert not np.allclose(beside[0], beside[1], atol=1e-3)


def test_the_distilled_table_is_reproducible_and_read_as_a_static_model(tmp_path: Path) -> None:
    teacher = tiny_teacher(tmp_path / "teacher")
    for out in ("one", "two"):
        assert main([str(teacher), str(tmp_path / out), "--dimensions", "4"]) == 0
    written = (tmp_path / "one" / "model.safetensors").read_bytes()
    assert written == (tmp_path / "two" / "model.safetensors").read_bytes()
    table = next(iter(load_file(tmp_path / "one" / "model.safetensors").values()))
    assert table.shape == (len(WORDS), 4) and table.dtype == np.float16
    assert not table[:5].any() and table[5:].any()  # the special tokens have no meaning
    model = load_model(str(tmp_path / "one"))
    assert model.problem is None and model.embedder is not None and model.embedder.dimensions == 4
    vectors = model.embedder.embed(["harbour ships", "grain"])
    expected = table[5].astype(np.float32) + table[7] + table[10]  # harbour + ship + ##s
    assert np.allclose(vectors[0], expected / np.linalg.norm(expected), atol=1e-3)
