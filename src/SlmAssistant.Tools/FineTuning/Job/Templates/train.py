"""LoRA fine-tuning of the job's base model on its chat dataset (TRL SFTTrainer + PEFT).

Written by `slm finetune job`; every setting comes from job.json, which names the LoRA targets and rank that the
ONNX build's adapter inputs take, so the adapter converted from this run loads into that build.

    python train.py                # train, save the PEFT adapter to output/peft
    python train.py --render-text  # only write data/*.text.jsonl (chat template applied) for the Olive route
"""
import argparse
import json
import os

from datasets import load_dataset
from peft import LoraConfig
from transformers import AutoModelForCausalLM, AutoTokenizer
from trl import SFTConfig, SFTTrainer

HERE = os.path.dirname(os.path.abspath(__file__))


def load_job():
    with open(os.path.join(HERE, "job.json"), encoding="utf-8") as f:
        return json.load(f)


def load_chat_data(job):
    files = {"train": os.path.join(HERE, job["dataset"]["train"])}
    if job["dataset"].get("validation"):
        files["validation"] = os.path.join(HERE, job["dataset"]["validation"])
    data = load_dataset("json", data_files=files)
    # "document" and "origin" are provenance for people; the trainer only takes the conversation.
    return data.select_columns(["messages"])


def render_text(job, tokenizer, data):
    for split, rows in data.items():
        path = os.path.join(HERE, "data", f"{split}.text.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for row in rows:
                text = tokenizer.apply_chat_template(row["messages"], tokenize=False)
                f.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
        print(f"wrote {path}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--render-text", action="store_true")
    args = parser.parse_args()

    job = load_job()
    lora, training = job["lora"], job["training"]
    tokenizer = AutoTokenizer.from_pretrained(job["baseModel"], trust_remote_code=True)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    data = load_chat_data(job)
    if args.render_text:
        render_text(job, tokenizer, data)
        return

    model = AutoModelForCausalLM.from_pretrained(job["baseModel"], torch_dtype="auto", trust_remote_code=True)
    peft_config = LoraConfig(
        r=lora["rank"],
        lora_alpha=lora["alpha"],
        lora_dropout=lora["dropout"],
        target_modules=lora["targetModules"],
        bias="none",
        task_type="CAUSAL_LM",
    )
    config = SFTConfig(
        output_dir=os.path.join(HERE, "output", "checkpoints"),
        num_train_epochs=training["epochs"],
        learning_rate=training["learningRate"],
        per_device_train_batch_size=training["batchSize"],
        gradient_accumulation_steps=training["gradientAccumulation"],
        max_length=training["maxLength"],
        gradient_checkpointing=True,
        bf16=True,
        logging_steps=10,
        eval_strategy="epoch" if "validation" in data else "no",
        save_strategy="epoch",
        report_to=[],
    )
    trainer = SFTTrainer(
        model=model,
        args=config,
        train_dataset=data["train"],
        eval_dataset=data.get("validation"),
        processing_class=tokenizer,
        peft_config=peft_config,
    )
    trainer.train()
    trainer.save_model(os.path.join(HERE, "output", "peft"))
    if "validation" in data:
        metrics = trainer.evaluate()
        with open(os.path.join(HERE, "output", "metrics.json"), "w", encoding="utf-8") as f:
            json.dump(metrics, f, indent=2)


if __name__ == "__main__":
    main()
