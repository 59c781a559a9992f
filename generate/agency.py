"""Which agency answers a request, and in whose name its letters go out.

A fund centre's request names an `action`; another agency's names a `measure`
(`police.vehicle_seal`, `land.query` …, seed 002 四、7, 13, 14, 17). The measure's first part
is the agency, and the letters must be that agency's: its name, letterhead, 文号 and its
own word for itself (本局), never the fund centre's 「本中心」 or its 住房公积金 wording. The
deployment configuration of each agency is data: ``generate/agencies/<pack>/<agency>.yaml``
beside the pack that encodes its duties, unless the caller passes that agency's own.
"""

from __future__ import annotations

from pathlib import Path

from extract.errors import ConfigurationError
from generate.config import CentreConfig

AGENCY_DIR = Path(__file__).resolve().parent / "agencies"

AGENCIES = ("police", "land", "housing", "market")
"""The agencies whose measures the contract names (公安、自然资源/不动产登记、住建/房管、市场监督管理)."""


class NoAgencyConfig(ConfigurationError):
    """A measure's agency has no deployment configuration for its pack."""

    title = "协助单位配置缺失"


def agency_of(measure: str | None) -> str | None:
    """`police.vehicle_seal` → `police`; None for a fund centre's request (no measure)."""
    if not measure:
        return None
    agency = measure.partition(".")[0]
    return agency if agency in AGENCIES else None


def config_for(measure: str | None, pack: str, config: CentreConfig | None = None) -> CentreConfig:
    """The configuration whose name the answers to this request carry.

    A fund centre's request keeps the caller's (or the shipped example). A measure is
    answered by its agency: the caller's configuration when it is that agency's, else the
    one kept for the pack; an agency with neither is refused rather than answered in the
    centre's name.
    """
    agency = agency_of(measure)
    if agency is None:
        return config or CentreConfig.example()
    if config is not None and config.agency == agency:
        return config
    path = AGENCY_DIR / pack / f"{agency}.yaml"
    if not path.exists():
        raise NoAgencyConfig(f"规则包 {pack} 未配置{agency}单位的名称、版头和文号（{path.name}），"
                             "请管理员补充该协助单位的配置")
    return CentreConfig.from_yaml(path)


__all__ = ["AGENCIES", "NoAgencyConfig", "agency_of", "config_for"]
