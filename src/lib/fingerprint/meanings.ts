/**
 * The list of every field the comparison explains, for the static table on the comparison
 * page, so that a reader comparing by hand (without JavaScript) gets the same sentences.
 */
import {
	CONTROLLER_ON_ONE_SIDE,
	CONTROLLER_RULES,
	DKMS_STATUS,
	GROUPS,
	HOST_RULES,
	LOADED_NOT_ON_DISK,
	MODULE_ON_ONE_SIDE,
	MODULE_RULES,
	PARAMETER_SET,
	PARAMETER_VALUE,
	TOOL_RULE,
	srcversionMeaning,
	type FieldRule,
} from './explain';

/** One row: the fingerprint keys it covers, where they are, and the rule. */
export interface MeaningRow {
	section: string;
	keys: string;
	rule: FieldRule;
}

/** Every rule, in the order of the comparison's groups. */
export function meaningRows(): MeaningRow[] {
	const rows: MeaningRow[] = [
		...Object.entries(HOST_RULES).map(([key, rule]) => ({ section: 'host', keys: key, rule })),
		{ section: 'module', keys: 'module section on one side only', rule: MODULE_ON_ONE_SIDE },
		...Object.entries(MODULE_RULES).map(([key, rule]) => ({ section: 'module', keys: key, rule })),
		{
			section: 'module',
			keys: 'modinfo.srcversion, same vermagic',
			rule: { ...MODULE_RULES['modinfo.srcversion']!, meaning: srcversionMeaning(true) },
		},
		{ section: 'module', keys: 'sys.srcversion ≠ modinfo.srcversion on one host', rule: LOADED_NOT_ON_DISK },
		{ section: 'module', keys: 'sys.parameters.NAME', rule: PARAMETER_VALUE },
		{ section: 'module', keys: 'names in modinfo.parm', rule: PARAMETER_SET },
		{ section: 'controller', keys: 'vendor:device on one side only', rule: CONTROLLER_ON_ONE_SIDE },
		...Object.entries(CONTROLLER_RULES).map(([key, rule]) => ({ section: 'controller', keys: key, rule })),
		{ section: 'tools', keys: 'each tool name', rule: TOOL_RULE },
		{ section: 'dkms', keys: 'status', rule: DKMS_STATUS },
	];
	const order = GROUPS.map((group) => group.id);
	return rows.sort((x, y) => order.indexOf(x.rule.group) - order.indexOf(y.rule.group));
}
