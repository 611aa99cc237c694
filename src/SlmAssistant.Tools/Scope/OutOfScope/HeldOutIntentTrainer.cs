using SlmAssistant.Routing.Scope;

namespace SlmAssistant.Tools.Scope.OutOfScope;

/// <summary>
/// Trains an out-of-scope detector without out-of-scope data. The intents are split into folds; for each fold a
/// classifier is trained without that fold's intents and without a fold of every other intent's examples. Inputs of
/// the left-out intents are then out of scope for it (negatives), the left-out examples of its own intents are
/// unseen in-scope inputs (positives), and a <see cref="LogisticRegression"/> learns from their
/// <see cref="IntentFeatures"/> which confidence pattern marks an intent the classifier has never seen.
/// </summary>
public static class HeldOutIntentTrainer
{
    /// <summary>The fewest intents that still leave a classifier with two labels and one to hold out.</summary>
    public const int MinimumIntents = 3;

    /// <param name="texts">The exemplars' texts, for <see cref="LexicalCoverage"/> features; null leaves them at 0.</param>
    /// <param name="extraNegatives">Inputs known to be out of scope (another domain's questions), each scored by one fold's classifier.</param>
    /// <param name="extraNegativeTexts">Their texts, needed with <paramref name="texts"/>.</param>
    public static FeatureTable Collect(
        EmbeddingMatrix embeddings,
        IReadOnlyList<string> labels,
        ScopeClassifierSettings classifier,
        HeldOutIntentSettings? settings = null,
        IReadOnlyList<string>? texts = null,
        EmbeddingMatrix? extraNegatives = null,
        IReadOnlyList<string>? extraNegativeTexts = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(classifier);
        settings ??= new HeldOutIntentSettings();
        ArgumentOutOfRangeException.ThrowIfNotEqual(labels.Count, embeddings.Rows);
        if (texts is not null)
        {
            ArgumentOutOfRangeException.ThrowIfNotEqual(texts.Count, labels.Count);
            if (extraNegatives is not null && extraNegativeTexts?.Count != extraNegatives.Rows)
            {
                throw new ArgumentException("Outside negatives need their texts when the exemplars have theirs.", nameof(extraNegativeTexts));
            }
        }

        var intents = labels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (intents.Length < MinimumIntents)
        {
            throw new ArgumentException($"Holding intents out needs at least {MinimumIntents} intents; there are {intents.Length}.", nameof(labels));
        }

        var folds = Math.Clamp(settings.Folds, 2, intents.Length);
        var random = new Random(settings.Seed);
        random.Shuffle(intents);
        var intentFold = intents.Select((intent, i) => (intent, fold: i % folds)).ToDictionary(p => p.intent, p => p.fold, StringComparer.Ordinal);
        var exampleFold = new int[labels.Count];
        foreach (var group in Enumerable.Range(0, labels.Count).GroupBy(i => labels[i], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rows = group.ToArray();
            random.Shuffle(rows);
            var offset = random.Next(folds);
            for (var j = 0; j < rows.Length; j++)
            {
                exampleFold[rows[j]] = (offset + j) % folds;
            }
        }

        var table = new FeatureTable(IntentFeatures.Names);
        var outside = new List<float[]>();
        for (var fold = 0; fold < folds; fold++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var train = Enumerable.Range(0, labels.Count).Where(i => intentFold[labels[i]] != fold && exampleFold[i] != fold).ToList();
            if (train.Select(i => labels[i]).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            var trainLabels = train.Select(i => labels[i]).ToList();
            var model = ScopeClassifier.Create(Subset(embeddings, train), trainLabels, classifier, cancellationToken: cancellationToken);
            var lexicon = texts is null ? null : LexicalCoverage.Build(train.Select(i => texts[i]).ToList(), trainLabels);
            for (var i = 0; i < labels.Count; i++)
            {
                var heldOutIntent = intentFold[labels[i]] == fold;
                if (heldOutIntent || exampleFold[i] == fold)
                {
                    var (features, predicted) = FeaturesAndLabel(model, embeddings.Row(i), lexicon, texts?[i]);
                    var inScope = !heldOutIntent && (!settings.MisclassifiedAsOutOfScope || string.Equals(predicted, labels[i], StringComparison.Ordinal));
                    table.Add(features, inScope);
                }
            }

            for (var i = fold; extraNegatives is not null && i < extraNegatives.Rows; i += folds)
            {
                outside.Add(Features(model, extraNegatives.Row(i), lexicon, extraNegativeTexts?[i]));
            }
        }

        // Outside negatives are few next to the held-out intents' examples; weigh them to their configured share.
        var heldOut = table.InScope.Count(inScope => !inScope);
        var share = Math.Clamp(settings.OutOfScopeExampleShare, 0, 0.99);
        var weight = outside.Count == 0 || heldOut == 0 ? 1f : (float)(share / (1 - share) * heldOut / outside.Count);
        foreach (var row in outside)
        {
            table.Add(row, inScope: false, weight);
        }

        return table;
    }

    /// <summary>The features of one input under a classifier (and the lexicon of its exemplars, with the input's text).</summary>
    public static float[] Features(ScopeClassifier classifier, ReadOnlySpan<float> embedding, LexicalCoverage? lexicon = null, string? text = null) =>
        FeaturesAndLabel(classifier, embedding, lexicon, text).Features;

    private static (float[] Features, string Label) FeaturesAndLabel(ScopeClassifier classifier, ReadOnlySpan<float> embedding, LexicalCoverage? lexicon, string? text)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        if (lexicon is not null && text is null)
        {
            throw new ArgumentException("A detector with a lexicon needs the input's text.", nameof(text));
        }

        var classification = classifier.Classify(embedding);
        var label = IndexOf(classifier.Labels, classification.Label);
        var coverage = lexicon is null ? ((float, float)?)null : lexicon.Coverage(text!, classification.Label);
        return (IntentFeatures.Compute(classifier.Evidence(embedding), label, coverage), classification.Label);
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (string.Equals(labels[i], label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Label '{label}' is not one of the classifier's.");
    }

    private static EmbeddingMatrix Subset(EmbeddingMatrix embeddings, List<int> rows)
    {
        var d = embeddings.Dimensions;
        var values = new float[rows.Count * d];
        for (var r = 0; r < rows.Count; r++)
        {
            embeddings.Row(rows[r]).CopyTo(values.AsSpan(r * d, d));
        }

        return EmbeddingMatrix.FromValues(values, d);
    }
}
