using SlmAssistant.Routing.Scope;

namespace SlmAssistant.Tools.Evaluation.Routing;

/// <summary>A named training set and test set. The training side is all the trainer sees.</summary>
public sealed record ScopeBenchmark(string Name, ScopeTrainingSet Training, ScopeTestSet Test)
{
    public const string DefaultOosLabel = "oos";

    public const double DefaultHoldoutFraction = 0.15;

    /// <summary>
    /// CLINC150 as published: train → exemplars, val + oos_val → calibration, test + oos_test → report; oos_train is
    /// offered to a trained detector, which uses it only when told to.
    /// </summary>
    public static ScopeBenchmark FromClinc150(Clinc150Data data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new ScopeBenchmark(
            "clinc150",
            new ScopeTrainingSet(data.Train, data.Validation, data.OosValidation, data.OosTrain),
            new ScopeTestSet(data.Test, data.OosTest));
    }

    /// <summary>
    /// Generic labelled files (JSONL or CSV, see <see cref="LabeledTextFile"/>). Lines labelled
    /// <paramref name="oosLabel"/> are never exemplars. Calibration data, in order of preference: the validation
    /// file's lines; otherwise a stratified <paramref name="holdoutFraction"/> of each training label (labels with a
    /// single example keep it). Calibration out-of-scope lines: the validation file's, else the training file's; when
    /// the validation file has its own, the training file's are offered to a trained detector instead.
    /// </summary>
    public static ScopeBenchmark FromFiles(
        string trainPath,
        string testPath,
        string? validationPath = null,
        string oosLabel = DefaultOosLabel,
        double holdoutFraction = DefaultHoldoutFraction,
        int seed = 17)
    {
        var train = LabeledTextFile.Load(trainPath);
        var test = LabeledTextFile.Load(testPath);
        var validation = validationPath is null ? null : LabeledTextFile.Load(validationPath);
        return FromLists(Path.GetFileName(trainPath), train, test, validation, oosLabel, holdoutFraction, seed);
    }

    public static ScopeBenchmark FromLists(
        string name,
        IReadOnlyList<LabeledText> train,
        IReadOnlyList<LabeledText> test,
        IReadOnlyList<LabeledText>? validation = null,
        string oosLabel = DefaultOosLabel,
        double holdoutFraction = DefaultHoldoutFraction,
        int seed = 17)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        bool IsOos(LabeledText item) => string.Equals(item.Label, oosLabel, StringComparison.OrdinalIgnoreCase);

        var trainInScope = train.Where(t => !IsOos(t)).ToList();
        var trainOos = train.Where(IsOos).ToList();
        IReadOnlyList<LabeledText> exemplars;
        IReadOnlyList<LabeledText> validationInScope;
        IReadOnlyList<LabeledText> validationOos;
        IReadOnlyList<LabeledText>? trainingOos = null;
        if (validation is not null)
        {
            exemplars = trainInScope;
            validationInScope = validation.Where(v => !IsOos(v)).ToList();
            var listedOos = validation.Where(IsOos).ToList();
            validationOos = listedOos.Count > 0 ? listedOos : trainOos;
            trainingOos = listedOos.Count > 0 && trainOos.Count > 0 ? trainOos : null;
        }
        else
        {
            (exemplars, validationInScope) = StratifiedSplit.Split(trainInScope, holdoutFraction, seed);
            validationOos = trainOos;
        }

        return new ScopeBenchmark(
            name,
            new ScopeTrainingSet(exemplars, validationInScope, validationOos, trainingOos),
            new ScopeTestSet(test.Where(t => !IsOos(t)).ToList(), test.Where(IsOos).ToList()));
    }
}
