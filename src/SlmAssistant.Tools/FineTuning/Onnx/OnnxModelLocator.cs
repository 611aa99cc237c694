using System.Text.Json.Nodes;

namespace SlmAssistant.Tools.FineTuning.Onnx;

/// <summary>
/// Finds the decoder's .onnx file in an ONNX Runtime GenAI model folder: the one genai_config.json names
/// (<c>model.decoder.filename</c>, e.g. Phi-3.5's <c>phi3.5-mini-instruct-cpu-int4-awq-block-128-acc-level-4.onnx</c>),
/// else <c>model.onnx</c>, else the folder's only .onnx file. A path to an .onnx file is taken as is.
/// </summary>
public static class OnnxModelLocator
{
    public static string Locate(string modelPathOrFolder)
    {
        if (File.Exists(modelPathOrFolder))
        {
            return Path.GetFullPath(modelPathOrFolder);
        }

        if (!Directory.Exists(modelPathOrFolder))
        {
            throw new FileNotFoundException($"No ONNX model at {modelPathOrFolder}.", modelPathOrFolder);
        }

        var config = Path.Combine(modelPathOrFolder, "genai_config.json");
        if (File.Exists(config) && JsonNode.Parse(File.ReadAllText(config))?["model"]?["decoder"]?["filename"]?.GetValue<string>() is { Length: > 0 } named)
        {
            return Path.GetFullPath(Path.Combine(modelPathOrFolder, named));
        }

        var standard = Path.Combine(modelPathOrFolder, "model.onnx");
        if (File.Exists(standard))
        {
            return Path.GetFullPath(standard);
        }

        var onnxFiles = Directory.GetFiles(modelPathOrFolder, "*.onnx");
        return onnxFiles.Length == 1
            ? Path.GetFullPath(onnxFiles[0])
            : throw new FileNotFoundException($"No genai_config.json decoder, model.onnx or single .onnx file in {modelPathOrFolder}.");
    }
}
