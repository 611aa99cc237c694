using System.Globalization;
using SlmAssistant.Tools.FineTuning.Onnx;

namespace SlmAssistant.Tools.FineTuning.Job;

/// <summary>The job's run.sh (the one command) and README.md (what it does, what it needs, what comes out).</summary>
internal static class JobReadme
{
    public static string RunScript(string adapter, string dtype) => $$"""
        #!/usr/bin/env bash
        # Written by slm finetune job. Trains the LoRA adapter (TRL route) and converts it for ONNX Runtime GenAI.
        set -euo pipefail
        cd "$(dirname "$0")"
        python -m pip install -r requirements.txt
        python train.py
        olive convert-adapters --adapter_path output/peft --output_path {{adapter}} --dtype {{dtype}}
        echo "Adapter: {{adapter}} (bring the output folder back and run: slm finetune import output --model <onnx folder>)"

        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    public static string Write(FineTuningJobSettings settings, LoraLayout layout, int rank, int alpha, string adapter, string dtype, DatasetStats stats)
    {
        var inv = CultureInfo.InvariantCulture;
        var tokens = stats.ApproxTrainTokens * settings.Epochs;
        var inputs = string.Join("\n", layout.Inputs.Take(8).Select(input => $"| `{input.Input.Name}` | {input.Module} | {input.Side} | {input.Input.ShapeText} |"));
        var more = layout.Inputs.Count > 8 ? $"\n| … {layout.Inputs.Count - 8} more | | | |" : string.Empty;
        return string.Create(inv, $$"""
            # LoRA job: {{settings.BaseModel}} → `{{adapter}}`

            Written by `slm finetune job`. Self-contained: copy this folder to a machine with an NVIDIA GPU (24 GB or more
            for a 4B model in bf16) and Python 3.10–3.12, then run

            ```bash
            bash run.sh
            ```

            It installs the pinned `requirements.txt`, trains a LoRA adapter on `data/train.jsonl` with TRL's SFTTrainer
            (`train.py`, every setting read from `job.json`), evaluates on `data/validation.jsonl`, and converts the PEFT
            adapter into the ONNX Runtime format with `olive convert-adapters`.

            ## Expected outputs
            - `{{adapter}}`: the adapter for the ONNX build (`{{dtype}}`), the file to bring back;
            - `output/peft/`: the PEFT adapter (`adapter_config.json`, `adapter_model.safetensors`);
            - `output/metrics.json`: validation loss of the last epoch.

            Bring `output/` back and register the adapter as a candidate:
            `slm finetune import output --model <the ONNX folder>`. The import refuses an adapter whose tensor names,
            shapes or data type do not match the model's inputs, naming the first tensor that does not fit.

            ## LoRA settings (from the ONNX build's adapter inputs)
            - target_modules: {{string.Join(", ", layout.TargetModules)}}
            - rank r = {{rank}} ({{(layout.FixedRank is null ? "the inputs' rank dim is symbolic: any rank loads" : "fixed by the inputs")}}), alpha = {{alpha}}, dropout = {{settings.Dropout}}
            - {{settings.Epochs}} epochs, learning rate {{settings.LearningRate}}, batch {{settings.BatchSize}} × {{settings.GradientAccumulation}} accumulation, {{settings.MaxLength}} tokens per example

            | ONNX input | module | side | shape |
            |---|---|---|---|
            {{inputs}}{{more}}

            ## Olive route (instead of run.sh)
            ```bash
            python -m pip install -r requirements.txt
            python train.py --render-text          # data/*.text.jsonl with the base model's chat template
            olive run --config olive-workflow.json # LoRA pass, PEFT adapter under output/olive
            olive convert-adapters --adapter_path <the adapter folder under output/olive> --output_path {{adapter}} --dtype {{dtype}}
            ```

            ## Size
            {{stats.TrainExamples}} training examples, {{stats.ValidationExamples}} validation, about {{stats.ApproxTrainTokens}} tokens
            (characters / {{DatasetStats.CharactersPerToken}}); × {{settings.Epochs}} epochs = {{tokens}} tokens trained.
            Time ≈ 6 × N × {{tokens}} FLOPs / (GPU bf16 peak × 0.35), N = parameters of the base (per token: forward 2N,
            the forward again under gradient checkpointing 2N, backward to the activations 2N; LoRA skips the frozen
            weights' gradients). GPU memory ≈ 2 bytes × N (bf16 weights) + 2 × batch × {{settings.MaxLength}} × hidden × layers
            bytes (checkpoints) + 8 × batch × {{settings.MaxLength}} × vocabulary bytes (fp32 logits and their gradient)
            + 16 bytes per LoRA parameter. Worked examples: docs/fine-tuning.md in the SlmAssistant repository.

            Converted adapter names come from the PEFT module names; if the import reports that a tensor is not an input of
            the model, the ONNX build names its LoRA inputs differently (see job.json `onnx.loraInputs`).

            """).Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
