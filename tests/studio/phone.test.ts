import { set } from 'sanity';
import { describe, expect, test, vi } from 'vitest';
import { PhoneInput } from '../../sanity-studio/components/PhoneInput.tsx';
import { checkPhone, normalizePhone } from '../../sanity-studio/lib/phone.ts';
import { newsletter, dataset } from './helpers/rule-cases.ts';
import { faults, summarize, validateInDataset } from './helpers/validate.ts';

describe('normalizePhone', () => {
	test.each([
		['912 34 567', '+4791234567'],
		['+47 912 34 567', '+4791234567'],
		['0047 91234567', '+4791234567'],
		['91234567', '+4791234567'],
		['+4791234567', '+4791234567'],
		['(+47) 912-34-567', '+4791234567'],
		['73 00 00 00', '+4773000000'],
		['+46 8 123 456 78', '+46812345678'],
		['00 44 20 7946 0958', '+442079460958'],
	])('stores %j as %j', (typed, stored) => {
		expect(normalizePhone(typed)).toBe(stored);
	});

	test.each([
		['', 'empty'],
		['12345', 'too short for a Norwegian number'],
		['912 34 5678', 'nine digits without a country code'],
		['+47 912 34 56', 'seven digits after +47'],
		['+47 912 34 5678', 'nine digits after +47'],
		['+0 123 45 678', 'a country code cannot start with 0'],
		['ring meg', 'not a number'],
		['+47 912 34 567 ext 2', 'letters in it'],
	])('refuses %j (%s)', (typed) => {
		expect(normalizePhone(typed)).toBeNull();
	});
});

describe('checkPhone (the Studio rule)', () => {
	test('accepts an empty field, a number as typed and a stored one', () => {
		for (const value of [undefined, '', '912 34 567', '+4791234567'])
			expect(checkPhone(value)).toBe(true);
	});

	test('explains what to write for a number it cannot read', () => {
		expect(checkPhone('12345')).toMatch(/^Skriv et telefonnummer, f\.eks\. 912 34 567/);
	});

	test.each(['912 34 567', '+47 912 34 567', '0047 91234567'])(
		'a person with phone %j passes the Studio validation',
		async (phone) => {
			const person = { ...dataset.find((d) => d._id === 'person-kari-nordvik')!, phone };
			expect(summarize(await validateInDataset(person, dataset))).toEqual([]);
		},
	);

	test('a person with an unreadable phone number gets an error on the phone field', async () => {
		const person = { ...dataset.find((d) => d._id === 'person-kari-nordvik')!, phone: '123' };
		expect(summarize(await validateInDataset(person, dataset))).toEqual([
			{ level: 'error', path: 'phone', message: expect.stringMatching(/^Skriv et telefonnummer/) },
		]);
	});

	test('the office phone in the settings follows the same rule', async () => {
		const settings = dataset.find((d) => d._id === 'siteSettings')!;
		const doc = { ...settings, contact: { ...(settings.contact as object), phone: 'x' } };
		expect(faults(await validateInDataset(doc, dataset)).map((m) => m.path)).toEqual([
			'contact.phone',
		]);
		expect(newsletter().contact).toBeTruthy();
	});
});

describe('PhoneInput', () => {
	/** Renders the input as the Studio would, with the default input captured instead of drawn. */
	function render(value: string | undefined) {
		const onChange = vi.fn();
		const onBlur = vi.fn();
		let rendered: { elementProps: { onBlur: (e: unknown) => void } } | undefined;
		const props = {
			value,
			onChange,
			elementProps: { onBlur },
			renderDefault: (p: typeof rendered) => {
				rendered = p;
				return null;
			},
		};
		PhoneInput(props as unknown as Parameters<typeof PhoneInput>[0]);
		return { onChange, onBlur, blur: () => rendered!.elementProps.onBlur({ type: 'blur' }) };
	}

	test('stores the number in E.164 when the editor leaves the field', () => {
		const input = render('912 34 567');
		input.blur();
		expect(input.onBlur).toHaveBeenCalledOnce();
		expect(input.onChange).toHaveBeenCalledWith(set('+4791234567'));
	});

	test.each([['+4791234567'], ['123'], [undefined]])(
		'leaves %j as it is (already stored, or for the validation to explain)',
		(value) => {
			const input = render(value);
			input.blur();
			expect(input.onBlur).toHaveBeenCalledOnce();
			expect(input.onChange).not.toHaveBeenCalled();
		},
	);
});
