type Fragments<T> = T extends { ' $fragmentRefs'?: infer Refs } ? NonNullable<Refs>[keyof NonNullable<Refs>] : never;

type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (whole: infer I) => void ? I : never;

/** Fragment spreads written out as their own fields, as they arrive on the wire. */
type Unmasked<T> = T extends readonly unknown[]
  ? Unmasked<T[number]>[]
  : T extends object
    ? { [Field in keyof T as Field extends ' $fragmentRefs' | ' $fragmentName' ? never : Field]: Unmasked<T[Field]> } &
        Unmasked<Intersection<Fragments<T>>>
    : T;

/** One object type for each level, so that lists of what two selections ask for read as one list. */
type Merged<T> = T extends readonly unknown[]
  ? Merged<T[number]>[]
  : T extends object
    ? { [Field in keyof T]: Merged<T[Field]> }
    : T;

/**
 * What the server sends for generated operation and fragment types: pass several, joined with `&`,
 * to get an object that answers each of them. A stub built from it has every field those pages ask
 * for and no field the schema lacks, so a changed query breaks the stub when the client is generated.
 */
export type ApiShape<T> = Merged<Unmasked<T>>;
