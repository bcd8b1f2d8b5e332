/** The build loads .css files as text: the widget puts them inside its shadow root itself. */
declare module '*.css' {
  const css: string;
  export default css;
}
