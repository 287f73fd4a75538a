"""Turns the SmolLM2-135M-Instruct GGUF into a Hugging Face model folder.

LLaMA-Factory, verl and OpenRLHF take a model folder (or hub id), not a GGUF file, so
the check loads the GGUF once with transformers (dequantized to float32) and saves it.

    python model.py --gguf /path/SmolLM2-135M-Instruct.Q4_1.gguf --out DIR
"""

import argparse
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gguf", required=True, help="the .gguf file")
    parser.add_argument("--out", required=True, help="the folder to write")
    args = parser.parse_args()

    import transformers
    from transformers import AutoModelForCausalLM, AutoTokenizer

    gguf = Path(args.gguf)
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    extra = {}
    if hasattr(transformers, "GgufConfig"):
        # transformers 5.7+ keeps GGUF weights quantized unless told otherwise.
        extra["quantization_config"] = transformers.GgufConfig(dequantize=True)
    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, **extra)
    if getattr(model, "is_quantized", False):
        print("the model still counts as quantized; transformers ignored GgufConfig(dequantize=True)", file=sys.stderr)
        return 1
    # A plain float model: the quantization note would make trainers refuse it.
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    out = Path(args.out)
    tmp = out.with_name(out.name + ".partial")
    model.save_pretrained(tmp)
    tokenizer.save_pretrained(tmp)
    tmp.rename(out)
    print(f"wrote {out} ({sum(p.numel() for p in model.parameters()) / 1e6:.0f}M parameters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
