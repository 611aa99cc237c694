using System.Text.Json.Nodes;

namespace SlmAssistant.Tools.FineTuning.Job;

/// <summary>
/// The Olive route's workflow (<c>olive run --config olive-workflow.json</c>): one LoRA pass over the Hugging Face
/// base, trained on the chat examples rendered to text with the base's own chat template (<c>train.py --render-text</c>).
/// Its PEFT output goes through <c>olive convert-adapters</c>, as the TRL route's does, so both routes end in an
/// adapter for the given ONNX build rather than in a newly exported model. Keys follow Olive 0.9's LoRA pass and
/// HuggingfaceContainer data config.
/// </summary>
internal static class OliveWorkflow
{
    public static JsonObject Build(FineTuningJobSettings settings, IReadOnlyList<string> targetModules, int rank, int alpha, bool hasValidation)
    {
        var dataConfigs = new JsonArray { DataConfig("train_data", "data/train.text.jsonl", settings.MaxLength) };
        var lora = new JsonObject
        {
            ["type"] = "LoRA",
            ["r"] = rank,
            ["alpha"] = alpha,
            ["lora_dropout"] = settings.Dropout,
            ["target_modules"] = new JsonArray([.. targetModules.Select(module => (JsonNode)module)]),
            ["train_data_config"] = "train_data",
            ["training_args"] = new JsonObject
            {
                ["num_train_epochs"] = settings.Epochs,
                ["learning_rate"] = settings.LearningRate,
                ["per_device_train_batch_size"] = settings.BatchSize,
                ["gradient_accumulation_steps"] = settings.GradientAccumulation,
                ["gradient_checkpointing"] = true,
                ["bf16"] = true,
            },
        };

        if (hasValidation)
        {
            dataConfigs.Add(DataConfig("eval_data", "data/validation.text.jsonl", settings.MaxLength));
            lora["eval_data_config"] = "eval_data";
        }

        return new JsonObject
        {
            ["input_model"] = new JsonObject
            {
                ["type"] = "HfModel",
                ["model_path"] = settings.BaseModel,
                ["load_kwargs"] = new JsonObject { ["trust_remote_code"] = true },
            },
            ["systems"] = new JsonObject
            {
                ["local_system"] = new JsonObject
                {
                    ["type"] = "LocalSystem",
                    ["accelerators"] = new JsonArray { new JsonObject { ["device"] = "gpu", ["execution_providers"] = new JsonArray { "CUDAExecutionProvider" } } },
                },
            },
            ["data_configs"] = dataConfigs,
            ["passes"] = new JsonObject { ["lora"] = lora },
            ["host"] = "local_system",
            ["target"] = "local_system",
            ["output_dir"] = "output/olive",
            ["log_severity_level"] = 1,
        };
    }

    private static JsonObject DataConfig(string name, string file, int maxLength) => new()
    {
        ["name"] = name,
        ["type"] = "HuggingfaceContainer",
        ["load_dataset_config"] = new JsonObject { ["data_name"] = "json", ["data_files"] = file, ["split"] = "train" },
        ["pre_process_data_config"] = new JsonObject
        {
            ["text_cols"] = new JsonArray { "text" },
            ["strategy"] = "line-by-line",
            ["max_seq_len"] = maxLength,
            ["add_special_tokens"] = false,
        },
    };
}
