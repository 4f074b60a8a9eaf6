import type { FocusEvent } from 'react';
import { set, type StringInputProps } from 'sanity';
import { normalizePhone } from '../lib/phone';

/**
 * The Studio's string input for phone numbers: editors type the number the way they say it
 * ("912 34 567", "+47 912 34 567"); when they leave the field, it is stored in E.164
 * ("+4791234567"), which the site formats for reading. A number it does not understand is left
 * as typed, and the field's validation explains what to write.
 */
export function PhoneInput(props: StringInputProps) {
	const { elementProps, onChange, value } = props;
	const onBlur = (event: FocusEvent<HTMLInputElement>) => {
		elementProps.onBlur(event);
		const normalized = normalizePhone(value);
		if (normalized && normalized !== value) onChange(set(normalized));
	};
	return props.renderDefault({ ...props, elementProps: { ...elementProps, onBlur } });
}
