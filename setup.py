"""Builds the optional C extension that ranks passages; without a C compiler briefbot uses numpy instead."""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "index._bm25_topk",
            ["index/_bm25_topk.c"],
            extra_compile_args=["-O3", "-ffp-contract=off", "-fno-fast-math"],
            optional=True,
        )
    ]
)
