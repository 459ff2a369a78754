"""A deterministic model library for the fake ModelScope server.

Every model ID that API-Inference serves (from the bundled
``resources/data/api-inference-models.json``) is in it, marked
``inference_type = 1`` with its real task, together with generated models
that the gateway does not serve: plausible owners, names, tasks, Chinese
names, download and star counts and dates spread out so that every sort
order differs. The same ``size`` and ``seed`` always give the same list.

Some fields are missing or empty on some models, and the
``SupportApiInference`` flag is deliberately wrong for a few, as on the real
hub, so that clients are tested for tolerance. ``SupportInference`` is
non-empty exactly for the models the API-Inference filter lists.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

DEFAULT_SEED = 20250807

#: Hub task names with the Chinese names the hub shows beside them.
TASK_CHINESE_NAMES: dict[str, str] = {
    "text-generation": "文本生成",
    "image-text-to-text": "图文生成文本",
    "text-to-image-synthesis": "文本生成图片",
    "sentence-embedding": "句子向量",
    "automatic-speech-recognition": "语音识别",
    "text-to-speech": "语音合成",
    "image-classification": "图像分类",
    "text-classification": "文本分类",
    "token-classification": "命名实体识别",
    "translation": "翻译",
    "image-segmentation": "图像分割",
    "image-object-detection": "目标检测",
    "ocr-recognition": "文字识别",
    "text-to-video-synthesis": "文本生成视频",
    "image-to-image": "图像到图像",
    "voice-activity-detection": "语音端点检测",
    "feature-extraction": "特征抽取",
    "other": "其他",
}

#: Tasks whose models answer ``POST /v1/chat/completions``.
CHAT_TASKS = frozenset({"text-generation", "image-text-to-text"})
#: Tasks whose models answer ``POST /v1/images/generations``.
IMAGE_TASKS = frozenset({"text-to-image-synthesis", "other"})
#: Tasks whose models answer ``POST /v1/embeddings``.
EMBEDDING_TASKS = frozenset({"sentence-embedding"})

#: Owner -> full organisation name.
ORGANIZATIONS: dict[str, str] = {
    "Qwen": "通义千问",
    "deepseek-ai": "DeepSeek",
    "ZhipuAI": "智谱AI",
    "zai-org": "Z.ai",
    "moonshotai": "Moonshot AI",
    "MiniMax": "MiniMax",
    "XiaomiMiMo": "Xiaomi MiMo",
    "stepfun-ai": "阶跃星辰",
    "Tencent-Hunyuan": "腾讯混元",
    "PaddlePaddle": "飞桨PaddlePaddle",
    "LLM-Research": "LLM-Research",
    "mistralai": "Mistral AI",
    "opencompass": "OpenCompass",
    "XGenerationLab": "XGenerationLab",
    "Menlo": "Menlo Research",
    "Wan-AI": "通义万相",
    "Tongyi-MAI": "Tongyi-MAI",
    "MAILAND": "MAILAND",
    "MusePublic": "MusePublic",
    "black-forest-labs": "Black Forest Labs",
    "FireRedTeam": "FireRed Team",
    "DiffSynth-Studio": "DiffSynth-Studio",
    "damo": "达摩院",
    "iic": "通义实验室",
    "AI-ModelScope": "AI-ModelScope",
    "OpenBMB": "OpenBMB",
    "BAAI": "北京智源人工智能研究院",
    "Shanghai_AI_Laboratory": "上海人工智能实验室",
    "baichuan-inc": "百川智能",
    "01ai": "零一万物",
    "Xorbits": "Xorbits",
    "modelscope": "ModelScope",
    "TencentARC": "Tencent ARC Lab",
    "Kwai-Kolors": "快手可图",
    "OpenGVLab": "OpenGVLab",
}

_LICENSES = (
    "Apache License 2.0",
    "Apache License 2.0",
    "MIT",
    "apache-2.0",
    "other",
    "cc-by-nc-4.0",
    "llama3.1",
    "GPL-3.0",
)

# Inclusive bounds of the generated dates (unix seconds, 2022-04 .. 2025-09).
_EARLIEST = 1_650_000_000
_LATEST = 1_758_000_000


@dataclass(frozen=True)
class CatalogueModel:
    """One model of the fake hub."""

    owner: str
    name: str
    tasks: tuple[str, ...]
    api_inference: bool
    downloads: int
    stars: int
    created: int
    last_updated: int
    popularity: float
    chinese_name: str | None = None
    license: str | None = None
    tags: tuple[str, ...] | None = ()
    reasoning: bool | None = None
    context: int | None = None
    #: The ``SupportApiInference`` flag shown by the hub (wrong for a few models).
    api_flag: bool = False
    #: Hub fields left out of this model's JSON (tolerance testing).
    missing: frozenset[str] = field(default_factory=frozenset)
    number: int = 0

    @property
    def id(self) -> str:
        return f"{self.owner}/{self.name}"

    @property
    def task(self) -> str:
        return self.tasks[0]


def _data_file() -> Path:
    candidate = Path(__file__).resolve().parents[2] / "resources/data/api-inference-models.json"
    if candidate.is_file():
        return candidate
    try:
        from importlib import resources

        packaged = resources.files("msdesk.resources") / "data/api-inference-models.json"
        if packaged.is_file():
            return Path(str(packaged))
    except (ModuleNotFoundError, TypeError, FileNotFoundError):
        pass
    raise FileNotFoundError(
        "api-inference-models.json not found (resources/data or msdesk.resources)"
    )


@cache
def load_real_models() -> tuple[dict[str, Any], ...]:
    """The real API-Inference model entries: ``{"id", "task", "reasoning", "context"}``."""
    with _data_file().open(encoding="utf-8") as handle:
        data = json.load(handle)
    return tuple(
        {
            "id": entry["id"],
            "task": entry.get("task") or "other",
            "reasoning": entry.get("reasoning"),
            "context": entry.get("context"),
        }
        for entry in data["models"]
    )


# --- generated names -------------------------------------------------------

# task -> (domain, architectures, slugs, suffixes): names in the style of damo / iic
_DAMO_PARTS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "text-classification": (
        "nlp",
        ("structbert", "bert", "roberta", "megatron-bert"),
        ("sentiment-classification", "zero-shot-classification", "nli", "faq-question-answering"),
        ("chinese-base", "chinese-large", "chinese-tiny", "english-base"),
    ),
    "token-classification": (
        "nlp",
        ("raner", "structbert", "lstmcrf"),
        ("named-entity-recognition", "word-segmentation", "part-of-speech"),
        ("chinese-base-news", "chinese-large-generic", "chinese-base-ecom"),
    ),
    "translation": (
        "nlp",
        ("csanmt", "transformer"),
        ("translation_zh2en", "translation_en2zh", "translation_en2fr"),
        ("base", "large"),
    ),
    "automatic-speech-recognition": (
        "speech",
        ("paraformer-large", "paraformer", "UniASR", "conformer"),
        ("asr_nat-zh-cn-16k-common-vocab8404", "asr_nat-en-16k-common", "asr-zh-cn-8k-online"),
        ("pytorch", "onnx", "online"),
    ),
    "text-to-speech": (
        "speech",
        ("sambert-hifigan", "kantts", "personal"),
        ("tts_zh-cn_16k", "tts_en-us_16k", "tts_zhiyan_emo_zh-cn_16k"),
        ("base", "emotion", "v2"),
    ),
    "voice-activity-detection": (
        "speech",
        ("fsmn", "frcrn"),
        ("vad_zh-cn-16k-common", "vad_zh-cn-8k-common"),
        ("pytorch", "onnx"),
    ),
    "image-classification": (
        "cv",
        ("vit-base", "resnet50", "convnext-base", "beit-base"),
        (
            "image-classification_imagenet",
            "image-classification_dailylife-labels",
            "image-classification_garbage",
        ),
        ("base", "large", "tiny"),
    ),
    "image-segmentation": (
        "cv",
        ("swinL", "mask2former", "segformer"),
        ("semantic-segmentation_cocopanoptic", "image-matting", "human-parsing"),
        ("base", "large"),
    ),
    "image-object-detection": (
        "cv",
        ("tinynas", "yolox", "dino"),
        ("object-detection_damoyolo", "human-detection", "face-detection_scrfd"),
        ("s", "m", "l"),
    ),
    "ocr-recognition": (
        "cv",
        ("convnextTiny", "crnn", "resnet18"),
        ("ocr-recognition-general", "ocr-detection-line-level", "ocr-recognition-document"),
        ("damo", "base"),
    ),
    "feature-extraction": (
        "multi-modal",
        ("clip-vit-base-patch16", "team-vit-large-patch14", "gemini"),
        ("zh", "multilingual"),
        ("base", "large"),
    ),
}

# task -> ((owner, family) pairs, sizes, suffixes): names in the style of model families
_FAMILY_PARTS: dict[str, tuple[tuple[tuple[str, str], ...], tuple[str, ...], tuple[str, ...]]] = {
    "text-generation": (
        (
            ("OpenBMB", "MiniCPM"),
            ("OpenBMB", "MiniCPM3"),
            ("baichuan-inc", "Baichuan2"),
            ("01ai", "Yi-1.5"),
            ("Shanghai_AI_Laboratory", "internlm2_5"),
            ("ZhipuAI", "chatglm3"),
            ("ZhipuAI", "glm-4"),
            ("LLM-Research", "Meta-Llama-3"),
            ("LLM-Research", "gemma-2"),
            ("LLM-Research", "Phi-3-mini"),
            ("AI-ModelScope", "Mistral"),
            ("AI-ModelScope", "gemma-2"),
            ("Qwen", "Qwen2.5"),
            ("Qwen", "Qwen3"),
            ("Qwen", "Qwen1.5"),
            ("Xorbits", "Qwen2.5"),
            ("deepseek-ai", "deepseek-llm"),
            ("deepseek-ai", "deepseek-coder"),
        ),
        ("0.5B", "1.5B", "2B", "4B", "6B", "7B", "9B", "13B", "14B", "34B"),
        ("", "-Chat", "-Instruct", "-Base", "-GGUF", "-AWQ", "-GPTQ-Int4", "-Int8", "-MLX"),
    ),
    "image-text-to-text": (
        (
            ("OpenBMB", "MiniCPM-V"),
            ("OpenGVLab", "InternVL2_5"),
            ("AI-ModelScope", "llava-onevision"),
            ("Qwen", "Qwen2-VL"),
            ("ZhipuAI", "glm-4v"),
            ("ZhipuAI", "cogvlm2"),
        ),
        ("2B", "4B", "7B", "8B", "26B"),
        ("", "-Instruct", "-GGUF", "-AWQ", "-int4"),
    ),
    "text-to-image-synthesis": (
        (
            ("AI-ModelScope", "stable-diffusion-xl-base"),
            ("AI-ModelScope", "stable-diffusion-v1-5"),
            ("Kwai-Kolors", "Kolors"),
            ("black-forest-labs", "FLUX.1-schnell"),
            ("AI-ModelScope", "sd-turbo"),
            ("AI-ModelScope", "HunyuanDiT"),
            ("MusePublic", "PixArt-Sigma"),
            ("TencentARC", "PhotoMaker"),
        ),
        ("1.0", "v1", "v2", "XL"),
        ("", "-fp8", "-diffusers", "-lora"),
    ),
    "sentence-embedding": (
        (
            ("BAAI", "bge-large-zh"),
            ("BAAI", "bge-m3"),
            ("iic", "gte-base-zh"),
            ("AI-ModelScope", "m3e-base"),
            ("Xorbits", "text2vec-base-chinese"),
            ("iic", "nlp_corom_sentence-embedding_chinese"),
        ),
        ("v1", "v1.5", "v2"),
        ("", "-onnx", "-int8"),
    ),
    "automatic-speech-recognition": (
        (
            ("iic", "SenseVoiceSmall"),
            ("AI-ModelScope", "whisper-large"),
            ("Xorbits", "Belle-whisper"),
            ("iic", "paraformer-zh"),
        ),
        ("v2", "v3", "turbo"),
        ("", "-onnx", "-ct2"),
    ),
    "text-to-speech": (
        (
            ("iic", "CosyVoice"),
            ("AI-ModelScope", "ChatTTS"),
            ("AI-ModelScope", "fish-speech"),
            ("modelscope", "GPT-SoVITS"),
        ),
        ("300M", "1.4", "v2", "1.5"),
        ("", "-SFT", "-Instruct", "-25Hz"),
    ),
    "text-to-video-synthesis": (
        (
            ("iic", "text-to-video-synthesis"),
            ("ZhipuAI", "CogVideoX"),
            ("AI-ModelScope", "AnimateDiff"),
            ("Wan-AI", "Wan2.1-T2V"),
        ),
        ("2b", "5b", "14B", "v3"),
        ("", "-diffusers", "-fp8"),
    ),
}

_LANG_CN = ("中文", "英文", "多语言", "中英")
_VARIANT_CN = ("通用领域", "电商领域", "新闻领域", "base", "large", "轻量版", "量化版")

_TASK_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("text-generation", 28),
    ("image-text-to-text", 8),
    ("text-to-image-synthesis", 10),
    ("sentence-embedding", 6),
    ("automatic-speech-recognition", 9),
    ("text-to-speech", 7),
    ("text-to-video-synthesis", 3),
    ("text-classification", 7),
    ("token-classification", 4),
    ("translation", 3),
    ("image-classification", 5),
    ("image-segmentation", 3),
    ("image-object-detection", 3),
    ("ocr-recognition", 3),
    ("voice-activity-detection", 2),
    ("feature-extraction", 2),
)


def _generated_name(rng: random.Random, task: str) -> tuple[str, str]:
    if task in _DAMO_PARTS:
        domain, archs, slugs, suffixes = _DAMO_PARTS[task]
        owner = rng.choice(("damo", "damo", "iic", "iic", "AI-ModelScope"))
        name = f"{domain}_{rng.choice(archs)}_{rng.choice(slugs)}_{rng.choice(suffixes)}"
        return owner, name
    pairs, sizes, suffixes = _FAMILY_PARTS[task]
    owner, family = rng.choice(pairs)
    size = rng.choice(sizes)
    name = f"{family}-{size}{rng.choice(suffixes)}"
    return owner, name


def _chinese_name_for(rng: random.Random, owner: str, name: str, task: str) -> str | None:
    """A Chinese name, an empty one or ``None`` (field missing), as on the hub."""
    roll = rng.random()
    if roll < 0.2:
        return None
    if roll < 0.35:
        return ""
    if name.startswith("Qwen"):
        return "通义千问" + name[4:].lstrip("-")
    task_cn = TASK_CHINESE_NAMES.get(task, "模型")
    return f"{task_cn}-{rng.choice(_LANG_CN)}-{rng.choice(_VARIANT_CN)}"


def _tags_for(owner: str, name: str, task: str) -> tuple[str, ...]:
    tags: list[str] = []
    family = name.split("-")[0].split("_")[0]
    if family and family not in ("nlp", "cv", "speech", "multi"):
        tags.append(family)
    if task in CHAT_TASKS:
        tags += ["LLM", "chat"] if task == "text-generation" else ["VLM", "multimodal"]
    elif task in ("text-to-image-synthesis", "other"):
        tags += ["AIGC", "image"]
    elif task == "sentence-embedding":
        tags += ["embedding", "retrieval"]
    else:
        tags.append(task.split("-")[0])
    for marker in ("GGUF", "AWQ", "GPTQ", "Int4", "Int8", "MLX", "fp8"):
        if marker.lower() in name.lower():
            tags.append(marker)
    return tuple(dict.fromkeys(tags))


def _dates(rng: random.Random, recent: bool) -> tuple[int, int]:
    low = _EARLIEST + (60_000_000 if recent else 0)
    created = rng.randint(low, _LATEST - 86_400)
    updated = min(_LATEST, created + rng.randint(0, 240 * 86_400))
    return created, updated


def _popularity(rng: random.Random, downloads: int, stars: int, api: bool) -> float:
    score = 0.55 * math.log10(downloads + 1) + 0.9 * math.log10(stars + 1)
    score += 0.8 if api else 0.0
    return round(score + rng.uniform(-0.9, 0.9), 6)


@cache
def build_catalogue(size: int = 300, seed: int = DEFAULT_SEED) -> tuple[CatalogueModel, ...]:
    """All real API-Inference models plus generated ones, about ``size`` in total.

    The list is in a fixed but meaningless order; sort it as needed.
    """
    rng = random.Random(seed)
    models: list[CatalogueModel] = []
    seen: set[str] = set()
    real = load_real_models()

    # Two real API models whose hub flag says "no API" (the flag lies).
    wrong_real = {real[4]["id"], real[-20]["id"]} if len(real) > 20 else set()

    for index, entry in enumerate(real):
        owner, _, name = entry["id"].partition("/")
        task = entry["task"]
        downloads = int(10 ** rng.uniform(3.3, 6.9))
        stars = int(downloads ** rng.uniform(0.45, 0.62))
        created, updated = _dates(rng, recent=True)
        missing: set[str] = set()
        if index % 17 == 5:
            missing.add("License")
        if index % 23 == 7:
            missing.add("Tags")
        if index % 31 == 11:
            missing.add("Avatar")
        chinese: str | None
        if owner == "Qwen" and name.startswith("Qwen"):
            chinese = "通义千问" + name[4:].lstrip("-")
        elif index % 3 == 0:
            chinese = ""
        elif index % 3 == 1:
            chinese = None
        else:
            chinese = f"{TASK_CHINESE_NAMES.get(task, '模型')}-{name}"
        models.append(
            CatalogueModel(
                owner=owner,
                name=name,
                tasks=(task,),
                api_inference=True,
                downloads=downloads,
                stars=stars,
                created=created,
                last_updated=updated,
                popularity=_popularity(rng, downloads, stars, True),
                chinese_name=chinese,
                license=rng.choice(_LICENSES[:4]),
                tags=_tags_for(owner, name, task),
                reasoning=entry["reasoning"],
                context=entry["context"],
                api_flag=entry["id"] not in wrong_real,
                missing=frozenset(missing),
            )
        )
        seen.add(entry["id"].lower())

    tasks = [task for task, _ in _TASK_WEIGHTS]
    weights = [weight for _, weight in _TASK_WEIGHTS]
    wanted = max(0, size - len(models))
    wrong_generated = 0
    # Non-API variants of real models first: the search for "qwen" must mix both kinds.
    variants = [
        ("Qwen", "Qwen2.5-7B-Instruct-GGUF", "text-generation"),
        ("Qwen", "Qwen2.5-72B-Instruct-AWQ", "text-generation"),
        ("Qwen", "Qwen3-8B-MLX-4bit", "text-generation"),
        ("Qwen", "Qwen2.5-VL-7B-Instruct-AWQ", "image-text-to-text"),
        ("deepseek-ai", "DeepSeek-R1-Distill-Qwen-7B-GGUF", "text-generation"),
        ("ZhipuAI", "glm-4-9b-chat", "text-generation"),
    ]
    attempts = 0
    while len(models) - len(real) < wanted and attempts < wanted * 50:
        attempts += 1
        if variants:
            owner, name, task = variants.pop(0)
        else:
            task = rng.choices(tasks, weights)[0]
            owner, name = _generated_name(rng, task)
        if f"{owner}/{name}".lower() in seen:
            continue
        seen.add(f"{owner}/{name}".lower())
        downloads = int(10 ** rng.uniform(0.5, 6.3))
        stars = int(downloads ** rng.uniform(0.3, 0.6)) if rng.random() > 0.1 else 0
        created, updated = _dates(rng, recent=False)
        missing = set()
        roll = rng.random()
        if roll < 0.08:
            missing.add("License")
        elif roll < 0.14:
            missing.add("Tags")
        elif roll < 0.18:
            missing.add("Avatar")
        elif roll < 0.2:
            missing.add("Organization")
        elif roll < 0.22:
            missing.add("Stars")
        flag = False
        if wrong_generated < 2 and task in CHAT_TASKS and rng.random() < 0.3:
            flag = True  # the hub claims API support that the gateway does not give
            wrong_generated += 1
        models.append(
            CatalogueModel(
                owner=owner,
                name=name,
                tasks=(task,),
                api_inference=False,
                downloads=downloads,
                stars=stars,
                created=created,
                last_updated=updated,
                popularity=_popularity(rng, downloads, stars, False),
                chinese_name=_chinese_name_for(rng, owner, name, task),
                license=rng.choice(_LICENSES),
                tags=_tags_for(owner, name, task),
                api_flag=flag,
                missing=frozenset(missing),
            )
        )
    return tuple(
        replace(model, number=number) for number, model in enumerate(models, start=100_001)
    )


# --- JSON shapes -----------------------------------------------------------


def _avatar(owner: str) -> str:
    digest = hashlib.sha1(owner.encode()).hexdigest()[:16]
    return f"https://resources.modelscope.cn/avatar/{digest}.png"


def _domain(task: str) -> str:
    if task in ("automatic-speech-recognition", "text-to-speech", "voice-activity-detection"):
        return "audio"
    if task in (
        "text-generation",
        "text-classification",
        "token-classification",
        "translation",
        "sentence-embedding",
    ):
        return "nlp"
    if task in ("image-text-to-text", "feature-extraction"):
        return "multi-modal"
    return "cv"


def _support_inference(model: CatalogueModel) -> str:
    if not model.api_inference:
        return ""
    return "txt2img" if model.task in IMAGE_TASKS else "api-inference"


def hub_model_json(model: CatalogueModel) -> dict[str, Any]:
    """The model as the hub's search call lists it (a subset of its ~100 fields)."""
    data: dict[str, Any] = {
        "Id": model.number,
        "Name": model.name,
        "Path": model.owner,
        "ChineseName": model.chinese_name,
        "Tasks": [
            {"Name": task, "ChineseName": TASK_CHINESE_NAMES.get(task, task)}
            for task in model.tasks
        ],
        "Downloads": model.downloads,
        "Stars": model.stars,
        "License": model.license,
        "LastUpdatedTime": model.last_updated,
        "CreatedTime": model.created,
        "Tags": list(model.tags or ()),
        "Organization": {
            "Name": model.owner,
            "FullName": ORGANIZATIONS.get(model.owner, model.owner),
            "Avatar": _avatar(model.owner),
        },
        "SupportApiInference": model.api_flag,
        # Non-empty exactly for the models the API-Inference filter lists (what ModelScope's own
        # clients read as "served"); the values' vocabulary is not documented, only emptiness counts.
        "SupportInference": _support_inference(model),
        "BackendSupport": {"model_id": model.id} if model.api_inference else {},
        # noise: fields a client must ignore
        "Domain": [_domain(model.task)],
        "Frameworks": ["Pytorch"],
        "Libraries": ["transformers"] if model.task in CHAT_TASKS else ["pytorch"],
        "Language": ["zh", "en"],
        "IsOnline": 1,
        "Visibility": 5,
        "IsAccessible": 1,
        "AigcType": "",
        "ApprovalMode": 1,
        "StorageSize": (model.number * 7919) % 90_000_000_000,
        "Integrating": 0,
        "ModelType": [model.task.split("-")[0]],
    }
    if model.chinese_name is None:
        del data["ChineseName"]
    for name in model.missing:
        if name == "Avatar":
            del data["Organization"]["Avatar"]
        else:
            data.pop(name, None)
    if model.license is None:
        data.pop("License", None)
    return data


def readme_for(model: CatalogueModel, image_base: str = "https://modelscope.cn") -> str:
    """A Markdown model card: front matter, heading, table, python code block, image."""
    task = model.task
    lines = [
        "---",
        f"license: {model.license or 'other'}",
        "tasks:",
        f"- {task}",
        "---",
        "",
        f"# {model.name}",
        "",
        f"![{model.name} logo]({image_base}/fake-images/{model.owner}_{model.name}.png)",
        "",
    ]
    if model.chinese_name:
        lines += [f"**{model.chinese_name}**：{TASK_CHINESE_NAMES.get(task, '模型')}模型。", ""]
    lines += [
        "## Model summary",
        "",
        "| Item | Value |",
        "| --- | --- |",
        f"| Model ID | `{model.id}` |",
        f"| Task | {task} |",
        f"| Context length | {model.context or 'n/a'} |",
        f"| License | {model.license or 'other'} |",
        f"| API-Inference | {'yes' if model.api_inference else 'no'} |",
        "",
        "## Quick start",
        "",
        "```python",
    ]
    if task in CHAT_TASKS:
        lines += [
            "from openai import OpenAI",
            "",
            'client = OpenAI(base_url="https://api-inference.modelscope.cn/v1/",',
            '                api_key="<your ModelScope access token>")',
            "response = client.chat.completions.create(",
            f'    model="{model.id}",',
            '    messages=[{"role": "user", "content": "你好"}],',
            ")",
            "print(response.choices[0].message.content)",
        ]
    else:
        lines += [
            "from modelscope.pipelines import pipeline",
            "",
            f'pipe = pipeline("{task}", model="{model.id}")',
            'print(pipe("example input"))',
        ]
    lines += [
        "```",
        "",
        "## Citation",
        "",
        f"If you use {model.name}, please cite the authors of `{model.owner}`.",
        "",
    ]
    return "\n".join(lines)
