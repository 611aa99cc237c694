namespace SlmAssistant.Tools.FineTuning.Job;

/// <summary>The job's fixed files (train.py, requirements.txt), embedded in this assembly from <c>Job/Templates</c>.</summary>
internal static class JobTemplates
{
    public static string Read(string name)
    {
        using var stream = typeof(JobTemplates).Assembly.GetManifestResourceStream("FineTuning.Job.Templates." + name)
            ?? throw new InvalidOperationException($"Template {name} is not embedded in {typeof(JobTemplates).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
