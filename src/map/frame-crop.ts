/**
 * The middle part of a `width` × `height` view with the proportions of a frame (`aspect` =
 * width / height): what a frame of another shape (a landscape page, from a phone's tall
 * screen) shows of it when filled, as large as it can be.
 */
export function cropToAspect(
  width: number,
  height: number,
  aspect: number,
): { width: number; height: number } {
  if (!(width > 0 && height > 0 && aspect > 0)) return { width, height };
  return width / height < aspect
    ? { width, height: width / aspect }
    : { width: height * aspect, height };
}
