using Microsoft.Extensions.AI;
using SlmAssistant.Routing.Scope;
using SlmAssistant.Tools.Scope;
using SlmAssistant.Tools.Scope.Calibration;
using SlmAssistant.Tools.Scope.OutOfScope;

namespace SlmAssistant.Tools.Evaluation.Routing;

/// <summary>
/// Builds a scope classifier from a <see cref="ScopeTrainingSet"/> and calibrates its rejection threshold on the
/// set's validation part. It takes no test data, so what it calibrates cannot depend on the test.
/// </summary>
public sealed class ScopeTrainer(IEmbeddingGenerator<string, Embedding<float>> generator)
{
    public async Task<CalibratedScopeClassifier> TrainAsync(
        ScopeTrainingSet training,
        ScopeEvaluationSettings? settings = null,
        IProgress<ScopeEvaluationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(training);
        settings ??= new ScopeEvaluationSettings();
        if (training.Exemplars.Count == 0 || training.ValidationInScope.Count == 0)
        {
            throw new ArgumentException("Training needs exemplars and in-scope validation examples.", nameof(training));
        }

        var embedder = new StageEmbedder(generator, settings, progress);
        var exemplars = await embedder.EmbedAsync(training.Exemplars, ScopeEvaluationProgress.EmbeddingExemplars, cancellationToken);
        var epochs = settings.Classifier.Head.Epochs;
        var epoch = 0;
        var headProgress = progress is null ? null : new SynchronousProgress<double>(_ => progress.Report(new ScopeEvaluationProgress(ScopeEvaluationProgress.TrainingHead, ++epoch, epochs)));
        // The detector weighs Mahalanobis distances too, so its classifiers fit the Gaussians.
        var classifierSettings = settings.Method == OutOfScopeMethod.TrainedDetector ? settings.Classifier with { UseGaussian = true } : settings.Classifier;
        var classifier = await Task.Run(
            () => ScopeClassifier.Create(exemplars, training.Exemplars.Select(e => e.Label).ToList(), classifierSettings, headProgress, cancellationToken),
            cancellationToken);

        var labels = training.Exemplars.Select(e => e.Label).ToList();
        OutOfScopeDetector? detector = null;
        if (settings.Method == OutOfScopeMethod.TrainedDetector && labels.Distinct(StringComparer.Ordinal).Count() >= HeldOutIntentTrainer.MinimumIntents)
        {
            progress?.Report(new ScopeEvaluationProgress(ScopeEvaluationProgress.TrainingDetector, 0, 1));
            var texts = settings.Detector.UseWords ? training.Exemplars.Select(e => e.Text).ToList() : null;
            var outside = settings.Detector.UseOutOfScopeExamples && training.TrainingOutOfScope is { Count: > 0 } known ? known : null;
            var outsideEmbeddings = outside is null ? null : await embedder.EmbedAsync(outside, ScopeEvaluationProgress.EmbeddingExemplars, cancellationToken);
            var outsideTexts = texts is null ? null : outside?.Select(o => o.Text).ToList();
            var regression = await Task.Run(
                () => LogisticRegressionTrainer.Train(
                    HeldOutIntentTrainer.Collect(exemplars, labels, classifierSettings, settings.Detector, texts, outsideEmbeddings, outsideTexts, cancellationToken),
                    settings.Detector.Regression,
                    cancellationToken: cancellationToken),
                cancellationToken);
            detector = new OutOfScopeDetector(regression, texts is null ? null : LexicalCoverage.Build(texts, labels));
            progress?.Report(new ScopeEvaluationProgress(ScopeEvaluationProgress.TrainingDetector, 1, 1));
        }

        ScopeClassification Classify(ReadOnlySpan<float> embedding, string text) =>
            detector is null ? classifier.Classify(embedding) : CalibratedScopeClassifier.Score(classifier, detector, embedding, text);

        var inScope = await embedder.EmbedAsync(training.ValidationInScope, ScopeEvaluationProgress.EmbeddingValidation, cancellationToken);
        var outOfScope = await embedder.EmbedAsync(training.ValidationOutOfScope, ScopeEvaluationProgress.EmbeddingValidation, cancellationToken);
        progress?.Report(new ScopeEvaluationProgress(ScopeEvaluationProgress.Calibrating, 0, 1));
        var set = new CalibrationSet(
            Enumerable.Range(0, inScope.Rows).Select(i => CalibrationSample.From(Classify(inScope.Row(i), training.ValidationInScope[i].Text), training.ValidationInScope[i].Label)).ToList(),
            Enumerable.Range(0, outOfScope.Rows).Select(i => CalibrationSample.OutOfScope(Classify(outOfScope.Row(i), training.ValidationOutOfScope[i].Text))).ToList());
        var calibration = ThresholdCalibrator.Calibrate(set, settings.Calibration);
        progress?.Report(new ScopeEvaluationProgress(ScopeEvaluationProgress.Calibrating, 1, 1));
        return new CalibratedScopeClassifier(classifier, calibration, detector);
    }
}
